package org.socialreports.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.ingest.SourceFileRepository;
import org.socialreports.ingest.StoredSources;
import org.socialreports.ingest.SyntheticArchive;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs night after night on one database: only new or changed files are read, the reports
 * always cover everything stored, and bad data never stops a run.
 */
@ExtendWith(OutputCaptureExtension.class)
class NightlyRunFunctionalTests extends JobFunctionalTestSupport {

	static final Path SEED = Path.of("input/conseilsmarketing-blog-archive-2009-03.txt");

	@TempDir
	Path input;

	@BeforeEach
	void startFromTheSeed() throws IOException {
		Files.copy(SEED, this.input.resolve("seed.txt"));
	}

	@Test
	void secondRunReadsOnlyTheNewFileAndReportsOnBoth() throws Exception {
		run();
		SyntheticArchive.write(this.input.resolve("more"), 40, 1, 7L);

		Map<String, StepExecution> second = run();

		StepExecution plan = second.get("plan-inputs");
		assertThat(plan.getWriteCount()).as("files to read").isEqualTo(1);
		assertThat(plan.getFilterCount()).as("files unchanged").isEqualTo(1);
		assertThat(second.get("ingest-and-classify").getReadCount()).isEqualTo(40);
		assertThat(reportedPosts()).isEqualTo(45);
		assertThat(Files.readString(this.output.resolve("latest/aggregates.csv")))
			.contains("conseilsmarketing,2009-03,twitter-usage,1,482");
	}

	@Test
	void runWithNothingNewReadsNothingAndStillWritesTheReports() throws Exception {
		run();
		Files.delete(this.output.resolve("latest"));

		Map<String, StepExecution> second = run();

		assertThat(second.get("ingest-and-classify").getReadCount()).isZero();
		assertThat(Files.readAllLines(this.output.resolve("latest/aggregates.csv")))
			.containsExactlyElementsOf(SocialStrategyReportJobFunctionalTests.SEED_AGGREGATES);
	}

	@Test
	void changedFileReplacesItsPostsAndDeletedFileKeepsThemUnlessFull() throws Exception {
		Path extra = this.input.resolve("more");
		SyntheticArchive.write(extra, 40, 1, 7L);
		run();
		SyntheticArchive.write(extra, 10, 1, 8L);

		Map<String, StepExecution> changed = run();

		assertThat(changed.get("ingest-and-classify").getReadCount()).isEqualTo(10);
		assertThat(reportedPosts()).isEqualTo(15);

		deleteRecursively(extra);
		run();
		assertThat(reportedPosts()).as("posts of a deleted file are kept").isEqualTo(15);

		Map<String, StepExecution> full = run("--full");
		assertThat(full.get("ingest-and-classify").getReadCount()).isEqualTo(5);
		assertThat(reportedPosts()).isEqualTo(5);
	}

	@Test
	void aRunWarnsWhileStoredPostsWereClassifiedByAnotherTaxonomy(CapturedOutput output) throws Exception {
		run();
		List<String> shipped = taxonomies();
		assertThat(shipped).singleElement().asString().hasSize(64);
		// as if the stored posts had been classified before an edit of the taxonomy
		this.jdbc.update("INSERT INTO classifying_taxonomy (folder, fingerprint) SELECT folder, ? FROM staged_post"
				+ " FETCH FIRST 1 ROWS ONLY", "0".repeat(64));

		run();
		assertThat(output).contains("has changed since some of the stored posts were classified");

		int before = output.length();
		run("--full");
		assertThat(taxonomies()).isEqualTo(shipped);
		run();
		assertThat(output.toString().substring(before)).doesNotContain("has changed");
	}

	@Test
	void theFilesAreForgottenBeforeThePostsWhichMayCommitAtOnce(@Autowired List<StoredSources> stores) {
		// emptying the posts commits on HSQLDB: were the files still known then, a crash would
		// leave them known and their posts gone, and the next run would not read them again
		assertThat(stores).first().isInstanceOf(SourceFileRepository.class);
		assertThat(stores).hasSize(3);
	}

	@Test
	void monthRangeLimitsTheReports() throws Exception {
		SyntheticArchive.write(this.input.resolve("more"), 300, 1, 7L);
		run();

		run("--from=2009-03", "--to=2009-03");

		List<String> rows = Files.readAllLines(this.output.resolve("latest/aggregates.csv"));
		assertThat(rows).hasSizeGreaterThan(5);
		assertThat(rows.stream().skip(1)).allMatch((row) -> row.split(",")[1].equals("2009-03"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM staged_post WHERE post_month = '2009-03'",
				Long.class))
			.isEqualTo(reportedPosts());
	}

	@Test
	void corruptInputsAreRejectedOneByOneAndTheRunCompletes() throws Exception {
		Files.write(this.input.resolve("a-empty.txt"), new byte[0]);
		Files.write(this.input.resolve("b-binary.txt"), new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 });
		Files.write(this.input.resolve("c-invalid-utf8.txt"),
				concat("Un titre très accentué\nDu texte \u00e9t\u00e9 ".getBytes(StandardCharsets.UTF_8),
						new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF },
						"\nUn titre très accentué was last modified: mars 3rd, 2009 by Hervé Kabla\n"
							.getBytes(StandardCharsets.UTF_8)));
		Files.writeString(this.input.resolve("d-long-line.txt"), "x".repeat(20 * 1024 * 1024));
		Files.writeString(this.input.resolve("e-impossible-date.txt"),
				"Titre\nCorps\nTitre was last modified: février 31st, 2009 by Yann Gourvennec\n");
		Files.writeString(this.input.resolve("f-no-author.txt"),
				"Titre\nCorps\nTitre was last modified: mars 3rd, 2009\n");

		Map<String, StepExecution> execution = run();

		StepExecution ingest = execution.get("ingest-and-classify");
		List<String> rejects = Files.readAllLines(this.output.resolve("latest/rejects.csv"));
		assertThat(rejects.stream().skip(1).map((row) -> row.substring(0, row.indexOf(','))).distinct())
			.containsExactly("a-empty.txt", "b-binary.txt", "d-long-line.txt", "e-impossible-date.txt",
					"f-no-author.txt");
		assertThat(ingest.getWriteCount()).as("the seed and the file with invalid bytes").isEqualTo(6);
		assertThat(ingest.getReadCount() + ingest.getReadSkipCount()).as("read = kept + rejected")
			.isEqualTo(ingest.getWriteCount() + rejects.size() - 1);
		assertThat(Files.readString(this.output.resolve("latest/posts.csv"))).contains("Hervé Kabla");
	}

	/** Runs the job, checks that it completed, and gives its steps by name. */
	private Map<String, StepExecution> run(String... options) throws Exception {
		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output, options);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return JobRuns.steps(execution);
	}

	private List<String> taxonomies() {
		return this.jdbc.queryForList("SELECT fingerprint FROM classifying_taxonomy", String.class);
	}

	private long reportedPosts() throws IOException {
		return Files.readAllLines(this.output.resolve("latest/aggregates.csv"))
			.stream()
			.skip(1)
			.mapToLong((row) -> Long.parseLong(row.split(",")[3]))
			.sum();
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, offset, part.length);
			offset += part.length;
		}
		return all;
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
