package org.socialreports.job;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.ingest.ArchiveEntries;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.ArchiveParsers;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marketing team's folder as it comes: a blog's text dump and its WordPress export beside an
 * X archive downloaded as a zip and a LinkedIn export; one report, whose counts are the sum of
 * what each file gives on its own, with each post's network, kind and engagement.
 */
class SocialExportsFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path input;

	@Test
	void aMixedFolderGivesOneReportWhoseCountsAreTheSumOfItsParts() throws Exception {
		Files.copy(NightlyRunFunctionalTests.SEED, this.input.resolve("blog.txt"));
		Files.copy(resource("/ingest/truncated/truncated-export.xml"), this.input.resolve("export.xml"));
		Path linkedIn = Files.createDirectories(this.input.resolve("linkedin"));
		Files.copy(resource("/ingest/social/linkedin/Shares.csv"), linkedIn.resolve("Shares.csv"));
		Files.copy(resource("/ingest/social/linkedin/Profile.csv"), linkedIn.resolve("Profile.csv"));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(this.input.resolve("twitter-2024.zip")))) {
			for (String member : new String[] { "data/tweets.js", "data/account.js" }) {
				zip.putNextEntry(new ZipEntry(member));
				zip.write(Files.readAllBytes(resource("/ingest/social/x/" + member)));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("data/tweets_media/1.jpg"));
			zip.write(new byte[] { (byte) 0xFF, (byte) 0xD8 });
			zip.closeEntry();
		}
		Map<String, long[]> parts = new TreeMap<>();
		for (String file : new String[] { "blog.txt", "export.xml", "linkedin/Shares.csv", "twitter-2024.zip" }) {
			try (ArchiveParser parser = ArchiveParsers.open(this.input.resolve(file), file)) {
				ArchiveEntries entries = ArchiveEntries.read(parser);
				parts.put(file, new long[] { entries.posts().size(), entries.rejects().size(), entries.skipped() });
			}
		}
		long posts = parts.values().stream().mapToLong((counts) -> counts[0]).sum();
		long rejects = parts.values().stream().mapToLong((counts) -> counts[1]).sum();
		assertThat(parts.get("twitter-2024.zip")[0]).isPositive();
		assertThat(parts.get("linkedin/Shares.csv")[0]).isPositive();

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution ingest = JobRuns.steps(execution).get("ingest-and-classify");
		assertThat(ingest.getWriteCount()).isEqualTo(posts);
		assertThat(ingest.getSkipCount()).isEqualTo(rejects);
		var rows = ReportFiles.records(this.output.resolve("latest/posts.csv"));
		assertThat(rows).hasSize((int) posts);
		Map<String, Long> networks = rows.stream().collect(Collectors.groupingBy((row) -> row.get("network"),
				TreeMap::new, Collectors.counting()));
		assertThat(networks).containsOnlyKeys("blog", "x", "linkedin");
		assertThat(networks.get("x")).isEqualTo(parts.get("twitter-2024.zip")[0]);
		assertThat(networks.get("linkedin")).isEqualTo(parts.get("linkedin/Shares.csv")[0]);
		assertThat(rows).filteredOn((row) -> row.get("network").equals("x"))
			.allSatisfy((row) -> {
				assertThat(row.get("source")).isEqualTo("twitter-2024.zip!/data/tweets.js");
				assertThat(row.get("likes")).isNotEmpty();
				assertThat(row.get("url")).startsWith("https://x.com/");
			})
			.extracting((row) -> row.get("kind"))
			.contains("post", "reply");
		assertThat(rows).filteredOn((row) -> row.get("network").equals("blog"))
			.allSatisfy((row) -> assertThat(row.get("likes")).isEmpty());
		assertThat(ReportFiles.records(this.output.resolve("latest/aggregates.csv")).stream()
			.mapToLong((row) -> Long.parseLong(row.get("posts")))
			.sum()).isEqualTo(posts);
		assertThat(ReportFiles.records(this.output.resolve("latest/rejects.csv"))).hasSize((int) rejects);
	}

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(SocialExportsFunctionalTests.class.getResource(name).toURI());
	}

}
