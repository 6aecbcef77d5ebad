package org.socialreports.job;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.ArchiveParsers;
import org.socialreports.ingest.Post;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on folders that mix the archive formats, and on hostile XML.
 */
class ArchiveFormatsFunctionalTests extends JobFunctionalTestSupport {

	private static final String DTD_REFUSED = "XML declares a DTD (external entities are refused)";

	@TempDir
	Path input;

	@Test
	void mixedFolderGivesOneReportWhoseCountsAreTheSumOfTheParts() throws Exception {
		Files.copy(Path.of("input/conseilsmarketing-blog-archive-2009-03.txt"), this.input.resolve("a-seed.txt"));
		copy("realworld/wxr/fr-bitcoin-france-e-ducat.wordpress.xml", "b-export.xml");
		// a feed saved with a misleading extension: recognised by its content
		copy("realworld/feeds/fr-sametmax-wordpress-rss2.xml", "c-feed.txt");
		copy("mixed/d-posts-excel-fr.csv", "d-posts-excel-fr.csv");
		copy("mixed/e-posts.jsonl", "e-posts.jsonl");
		Map<String, Long> postsPerFile = postsPerFile(this.input);
		// counted by hand for the small files, with python3 xml.etree for the export and the feed
		assertThat(postsPerFile).containsExactlyInAnyOrderEntriesOf(Map.of("a-seed.txt", 5L, "b-export.xml", 78L,
				"c-feed.txt", 10L, "d-posts-excel-fr.csv", 3L, "e-posts.jsonl", 3L));
		long sum = postsPerFile.values().stream().mapToLong(Long::longValue).sum();

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution ingest = JobRuns.steps(execution).get("ingest-and-classify");
		assertThat(ingest.getWriteCount()).isEqualTo(sum);
		assertThat(ingest.getSkipCount()).isEqualTo(1);
		Path run = this.output.resolve("latest");
		List<CSVRecord> posts = ReportFiles.records(run.resolve("posts.csv"));
		assertThat(posts).hasSize((int) sum);
		assertThat(posts.stream().collect(Collectors.groupingBy((row) -> row.get("source"), Collectors.counting())))
			.isEqualTo(postsPerFile);
		assertThat(ReportFiles.records(run.resolve("aggregates.csv")).stream().mapToLong((row) -> Long.parseLong(row.get("posts"))).sum())
			.isEqualTo(sum);
		assertThat(ReportFiles.records(run.resolve("rejects.csv"))).singleElement()
			.satisfies((reject) -> assertThat(reject.toList()).containsExactly("e-posts.jsonl", "2", "no date"));
		assertThat(posts).filteredOn((row) -> row.get("source").equals("d-posts-excel-fr.csv"))
			.extracting((row) -> row.get("author"))
			.containsOnly("Hélène Martin", "Paul Durand");
		assertThat(posts).filteredOn((row) -> row.get("source").equals("b-export.xml"))
			.extracting((row) -> row.get("categories"))
			.contains("Economie");
	}

	@Test
	void hostileXmlIsRejectedAndNothingOfEtcPasswdReachesAnyOutput() throws Exception {
		Path passwd = Path.of("/etc/passwd");
		String secret = Files.isReadable(passwd) ? Files.readAllLines(passwd).get(0) : "root:x:0:0";
		Files.copy(Path.of("input/conseilsmarketing-blog-archive-2009-03.txt"), this.input.resolve("a-seed.txt"));
		copy("security/xxe-passwd.xml", "b-xxe.xml");
		copy("security/xxe-passwd-feed.rss", "c-xxe-feed.rss");
		copy("security/billion-laughs.xml", "d-billion-laughs.xml");

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(JobRuns.steps(execution).get("ingest-and-classify").getWriteCount()).isEqualTo(5);
		assertThat(ReportFiles.records(this.output.resolve("latest/rejects.csv"))).extracting(CSVRecord::toList)
			.containsExactly(List.of("b-xxe.xml", "4", DTD_REFUSED), List.of("c-xxe-feed.rss", "4", DTD_REFUSED),
					List.of("d-billion-laughs.xml", "13", DTD_REFUSED));
		List<Path> written;
		try (Stream<Path> files = Files.walk(this.output)) {
			written = files.filter(Files::isRegularFile).toList();
		}
		assertThat(written).isNotEmpty();
		for (Path file : written) {
			assertThat(ReportFiles.textOf(file)).as(file.toString()).doesNotContain(secret, "root:x:0:0", "lollollol");
		}
		assertThat(this.jdbc.queryForList("SELECT title FROM staged_post", String.class)).noneMatch(
				(title) -> title.contains(secret) || title.contains("lollol"));
	}

	@Test
	void truncatedExportKeepsItsFirstPostsAndRejectsAtTheLineWhereParsingStopped() throws Exception {
		copy("truncated/truncated-export.xml", "export.xml");

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ReportFiles.records(this.output.resolve("latest/posts.csv"))).extracting((row) -> row.get("title"))
			.containsExactlyInAnyOrder("Twitter et la relation client", "Le blog d'entreprise");
		// the file has 26 lines: the parser meets the end of the file inside the third item
		assertThat(ReportFiles.records(this.output.resolve("latest/rejects.csv"))).singleElement().satisfies((reject) -> {
			assertThat(reject.get("line")).isEqualTo("26");
			assertThat(reject.get("reason")).startsWith("XML not well-formed at line 26, reading stopped: ");
		});
	}

	private void copy(String resource, String name) throws IOException, URISyntaxException {
		Files.copy(Path.of(getClass().getResource("/ingest/" + resource).toURI()), this.input.resolve(name));
	}

	/** Each file on its own, through the same parsers: the parts the report must add up. */
	private static Map<String, Long> postsPerFile(Path folder) throws IOException {
		Map<String, Long> counts = new java.util.TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				long posts = 0;
				try (ArchiveParser parser = ArchiveParsers.open(file, file.getFileName().toString())) {
					for (ArchiveEntry entry = parser.next(); entry != null; entry = parser.next()) {
						posts += (entry instanceof Post) ? 1 : 0;
					}
				}
				counts.put(file.getFileName().toString(), posts);
			}
		}
		return counts;
	}

}
