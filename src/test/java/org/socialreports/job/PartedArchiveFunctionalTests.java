package org.socialreports.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.classify.ThemeClassifier;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.SyntheticArchive;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.text.TextArchives;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on one text archive larger than a part: read in parts side by side, it gives
 * what one reading of the whole file gives.
 */
@SpringBootTest(properties = "reports.part-bytes=" + PartedArchiveFunctionalTests.PART_BYTES)
class PartedArchiveFunctionalTests extends JobFunctionalTestSupport {

	static final long PART_BYTES = 20_000;

	@TempDir
	Path input;

	@Test
	void largeArchiveReadInPartsGivesThePostsAndFiguresOfTheWholeFile() throws Exception {
		SyntheticArchive.write(this.input, 300, 1, 11L);
		Path archive = this.input.resolve("archive-001.txt");
		int parts = TextArchives.split(archive, PART_BYTES).size();
		List<Post> whole = wholeFile(archive);
		assertThat(whole).hasSize(300);
		assertThat(parts).isGreaterThan(10);

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, StepExecution> steps = JobRuns.steps(execution);
		assertThat(steps.keySet()).filteredOn((name) -> name.startsWith("ingest-and-classify-file:"))
			.hasSize(parts)
			.allMatch((name) -> name.matches("ingest-and-classify-file:file-00000-part-\\d{4}"));
		assertThat(steps.get("ingest-and-classify").getWriteCount()).isEqualTo(300);
		assertThat(steps.get("ingest-and-classify").getSkipCount()).isZero();
		assertThat(this.jdbc.queryForList("SELECT line FROM staged_post ORDER BY line", Long.class))
			.containsExactlyElementsOf(whole.stream().map(Post::line).toList());
		Path run = this.output.resolve("latest");
		assertThat(records(run.resolve("aggregates.csv"))).extracting(CSVRecord::toList)
			.containsExactlyElementsOf(aggregates(whole));
		assertThat(records(run.resolve("rejects.csv"))).isEmpty();
		assertThat(records(run.resolve("posts.csv"))).extracting((row) -> row.get("line") + " " + row.get("title")
				+ " " + row.get("date") + " " + row.get("words"))
			.containsExactlyInAnyOrderElementsOf(whole.stream()
				.map((post) -> post.line() + " " + post.title() + " " + post.date() + " " + post.words())
				.toList());
		assertThat(execution.getExecutionContext().getLong("ingest.part-bytes"))
			.as("kept with the plan, for a restart to cut where this run did").isEqualTo(PART_BYTES);
	}

	private static List<Post> wholeFile(Path archive) throws IOException {
		List<Post> posts = new ArrayList<>();
		try (ArchiveParser parser = TextArchives.open(archive, "archive-001.txt")) {
			for (ArchiveEntry entry = parser.next(); entry != null; entry = parser.next()) {
				posts.add((Post) entry);
			}
		}
		return posts;
	}

	/** The rows of aggregates.csv for the posts, classified here one by one as the job does, model included. */
	private static List<List<String>> aggregates(List<Post> posts) {
		Map<List<String>, long[]> rows = new TreeMap<>((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
		try (ThemeClassifier classifier = ThemeClassifier.fromFiles(Path.of("jobs/taxonomy.yml"),
				Path.of("jobs/theme-model.tsv"))) {
			for (Post post : posts) {
				List<String> key = List.of(post.author(), post.date().toString().substring(0, 7),
						classifier.classify(post).theme().id());
				long[] figures = rows.computeIfAbsent(key, (k) -> new long[2]);
				figures[0]++;
				figures[1] += post.words();
			}
		}
		List<List<String>> expected = new ArrayList<>();
		rows.forEach((key, figures) -> {
			List<String> row = new ArrayList<>(key);
			row.add(Long.toString(figures[0]));
			row.add(Long.toString(figures[1]));
			expected.add(row);
		});
		return expected;
	}

	private static List<CSVRecord> records(Path csv) throws IOException {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
