package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import org.socialreports.ingest.text.TextRange;

class InputPartitionerTests {

	@TempDir
	Path input;

	@Test
	void largeTextArchiveIsReadInPartsAndEveryOtherFileWhole() throws IOException {
		SyntheticArchive.write(this.input, 120, 1, 7L);
		Path large = this.input.resolve("archive-001.txt");
		Files.copy(Path.of("input/conseilsmarketing-blog-archive-2009-03.txt"), this.input.resolve("small.txt"));
		// larger than a part too, but not a text dump: a feed is read whole
		Files.writeString(this.input.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
				+ "<item><title>t</title></item>".repeat(2_000) + "</channel></rss>");
		Map<String, SourceFingerprint> files = new LinkedHashMap<>();
		for (String source : List.of("archive-001.txt", "feed.xml", "small.txt")) {
			files.put(source, SourceFingerprint.of(this.input.resolve(source)));
		}
		long partBytes = Files.size(large) / 6;

		Map<String, ExecutionContext> partitions = new InputPartitioner(this.input, new InputPlan(files), partBytes)
			.partition(2);

		List<String> names = new ArrayList<>(partitions.keySet());
		assertThat(names).hasSizeGreaterThanOrEqualTo(8).endsWith("file-00001", "file-00002");
		assertThat(names.subList(0, names.size() - 2)).allMatch((name) -> name.matches("file-00000-part-\\d{4}"));
		List<TextRange> parts = names.subList(0, names.size() - 2)
			.stream()
			.map((name) -> TextRange.parse(partitions.get(name).getString(InputPartitioner.RANGE)))
			.toList();
		assertThat(parts).hasSizeBetween(6, 7);
		assertThat(parts.get(0).start()).isZero();
		assertThat(parts.get(parts.size() - 1).end()).isEqualTo(Files.size(large));
		List<String> lines = Files.readAllLines(large);
		for (int i = 1; i < parts.size(); i++) {
			assertThat(parts.get(i).start()).isEqualTo(parts.get(i - 1).end());
			// each part begins on the line after a footer, the first one at or past its multiple
			String before = lines.get((int) parts.get(i).firstLine() - 2);
			assertThat(before).contains(" was last modified: ");
			assertThat(parts.get(i).start()).isGreaterThanOrEqualTo(i * partBytes);
		}
		assertThat(partitions.get(names.get(0)).getString(InputPartitioner.FINGERPRINT))
			.isEqualTo(new InputPlan(Map.of("archive-001.txt", files.get("archive-001.txt"))).serialize());
		assertThat(partitions.get("file-00001").containsKey(InputPartitioner.RANGE)).isFalse();
		assertThat(partitions.get("file-00002").containsKey(InputPartitioner.RANGE)).isFalse();
		assertThat(partitions.get("file-00002").getString(InputPartitioner.FINGERPRINT))
			.isEqualTo(new InputPlan(Map.of("small.txt", files.get("small.txt"))).serialize());
	}

	@Test
	void fileGoneSincePlannedIsOnePartition() {
		Map<String, SourceFingerprint> files = Map.of("gone.txt", SourceFingerprint.UNREADABLE);

		assertThat(new InputPartitioner(this.input, new InputPlan(files), 1).partition(2)).containsOnlyKeys("file-00000");
	}

}
