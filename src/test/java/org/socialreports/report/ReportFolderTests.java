package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class ReportFolderTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 24);

	@TempDir
	Path output;

	@Test
	void publishedFolderIsNamedAfterTheDayAndLatestPointsAtIt() throws IOException {
		ReportFolder folder = ReportFolder.create(this.output, DAY);
		folder.write("aggregates.csv", (target) -> Files.writeString(target, "first"));

		Path published = folder.publish();

		assertThat(published).isEqualTo(this.output.resolve("2026-11-24"));
		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of("2026-11-24"));
		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("first");
		assertThat(names()).containsExactlyInAnyOrder("2026-11-24", "latest");
	}

	@Test
	void secondRunOfTheDayReplacesTheFirst() throws IOException {
		publish("first");

		publish("second");

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("second");
		assertThat(this.output.resolve("2026-11-24/aggregates.csv")).hasContent("second");
		assertThat(names()).containsExactlyInAnyOrder("2026-11-24", "latest");
	}

	@Test
	void failedWriterLeavesThePreviousReportAsItWas() throws IOException {
		publish("first");
		ReportFolder folder = ReportFolder.create(this.output, DAY.plusDays(1));

		assertThatIOException().isThrownBy(() -> folder.write("aggregates.csv", (target) -> {
			throw new IOException("disk full");
		}));
		folder.discard();

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("first");
		assertThat(names()).containsExactlyInAnyOrder("2026-11-24", "latest");
	}

	@Test
	void leftoversOfRunsThatDiedAreSweptAway() throws IOException {
		Files.createDirectories(this.output.resolve(".2026-11-23.partial-123/inner"));
		Files.createDirectories(this.output.resolve(".2026-11-23.replaced-456/2026-11-23"));
		Files.writeString(this.output.resolve(".keep-me"), "an operator's file");

		publish("first");

		assertThat(names()).containsExactlyInAnyOrder("2026-11-24", "latest", ".keep-me");
	}

	private void publish(String content) throws IOException {
		ReportFolder folder = ReportFolder.create(this.output, DAY);
		folder.write("aggregates.csv", (target) -> Files.writeString(target, content));
		folder.publish();
	}

	private Stream<String> names() throws IOException {
		try (Stream<Path> entries = Files.list(this.output)) {
			return entries.map((entry) -> entry.getFileName().toString()).toList().stream();
		}
	}

}
