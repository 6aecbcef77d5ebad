package org.socialreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.ingest.SyntheticArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged job started as a real process: exit codes, the lock, a crash and its recovery.
 */
class CommandLineProcessFunctionalTests {

	static final Duration TIMEOUT = Duration.ofMinutes(3);

	/** Large enough that ingesting it takes several seconds on two cores. */
	static final int LARGE_ARCHIVE_POSTS = 120_000;

	@TempDir
	static Path shared;

	static Path largeArchive;

	@BeforeAll
	static void generateLargeArchive() throws IOException {
		largeArchive = shared.resolve("large-input");
		SyntheticArchive.write(largeArchive, LARGE_ARCHIVE_POSTS, 3, 2009L);
	}

	@Test
	void helpExitsZero(@TempDir Path home) throws Exception {
		JobProcess run = JobProcess.start(home, "--help");

		assertThat(run.waitFor(TIMEOUT)).isEqualTo(ExitCodes.COMPLETED);
		assertThat(run.stdout()).startsWith("Usage: run-report.sh").contains("--from=YYYY-MM");
	}

	@Test
	void badArgumentsExitTwoWithOneLine(@TempDir Path home) throws Exception {
		for (String[] args : List.of(new String[] { "--lang=de" }, new String[] { "--input=" + home.resolve("none") },
				new String[] { "--frobnicate" }, new String[] { "--from=2009-13" })) {
			JobProcess run = JobProcess.start(home, args);

			assertThat(run.waitFor(TIMEOUT)).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
			assertThat(run.stderr().lines()).as(String.join(" ", args))
				.singleElement()
				.asString()
				.startsWith("social-strategy-reports: ");
		}
	}

	@Test
	void brokenTaxonomyExitsTwoWithOneLine(@TempDir Path home) throws Exception {
		Files.createDirectories(home.resolve("jobs"));
		Files.writeString(home.resolve("jobs/taxonomy.yml"), "threshold: 0.3\nthemes:\n  cooking:\n    pie: 1\n");

		JobProcess run = JobProcess.start(home, "--input=" + JobProcess.PROJECT.resolve("input"));

		assertThat(run.waitFor(TIMEOUT)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(run.stderr().lines()).singleElement().asString().contains("taxonomy.yml");
	}

	@Test
	void damagedThemeModelExitsTwoWithOneLine(@TempDir Path home) throws Exception {
		Files.createDirectories(home.resolve("jobs"));
		Files.writeString(home.resolve("jobs/theme-model.tsv"), "format\t1\nclasses\tunclassified\n");

		JobProcess run = JobProcess.start(home, "--input=" + JobProcess.PROJECT.resolve("input"));

		assertThat(run.waitFor(TIMEOUT)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(run.stderr().lines()).singleElement()
			.isEqualTo("social-strategy-reports: configuration error: " + home.resolve("jobs/theme-model.tsv")
					+ ":2: damaged theme model, the classes must be distinct theme ids, then unclassified; train it"
					+ " again with --train-model");
	}

	@Test
	void secondConcurrentRunExitsThree(@TempDir Path home) throws Exception {
		JobProcess first = JobProcess.start(home, "--input=" + largeArchive, "--output=" + home.resolve("reports"));
		first.awaitLog("posts stored so far", TIMEOUT);

		JobProcess second = JobProcess.start(home, "--input=" + largeArchive, "--output=" + home.resolve("reports"));

		assertThat(second.waitFor(TIMEOUT)).isEqualTo(ExitCodes.LOCKED);
		assertThat(second.stderr()).contains("another run holds the lock");
		assertThat(first.waitFor(TIMEOUT)).isEqualTo(ExitCodes.COMPLETED);
	}

	@Test
	void runKilledWhileIngestingResumesAndCountsEveryPostOnce(@TempDir Path crashed, @TempDir Path clean)
			throws Exception {
		JobProcess interrupted = JobProcess.start(crashed, "--input=" + largeArchive,
				"--output=" + crashed.resolve("reports"));
		// ten chunks committed, a twelfth of the posts: once the database's log was written twice
		// more (it is synced every 100 ms), the first of them are in its file
		interrupted.awaitStored(5_000, TIMEOUT);
		awaitWrites(crashed.resolve("jobs/db/reports.log"), 2);
		interrupted.kill();
		assertThat(interrupted.stdout()).doesNotContain("Job social-strategy-report COMPLETED");

		JobProcess resumed = JobProcess.start(crashed, "--input=" + largeArchive,
				"--output=" + crashed.resolve("reports"));
		assertThat(resumed.waitFor(TIMEOUT)).as(resumed.stderr()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(resumed.stdout()).contains("was interrupted").contains("Resuming the run");
		assertThat(resumed.stdout()).containsPattern("resuming after \\d+ entries");

		JobProcess uninterrupted = JobProcess.start(clean, "--input=" + largeArchive,
				"--output=" + clean.resolve("reports"));
		assertThat(uninterrupted.waitFor(TIMEOUT)).isEqualTo(ExitCodes.COMPLETED);

		List<String> aggregates = Files.readAllLines(crashed.resolve("reports/latest/aggregates.csv"));
		assertThat(aggregates).hasSizeGreaterThan(100)
			.isEqualTo(Files.readAllLines(clean.resolve("reports/latest/aggregates.csv")));
		assertThat(aggregates.stream().skip(1).mapToLong((row) -> Long.parseLong(row.split(",")[3])).sum())
			.isEqualTo(LARGE_ARCHIVE_POSTS);
		assertThat(uninterrupted.stdout()).contains("Step ingest-and-classify COMPLETED: read " + LARGE_ARCHIVE_POSTS
				+ ", written " + LARGE_ARCHIVE_POSTS + ", rejected 0, filtered 0")
			.contains("nothing lost: read = written + rejected");
	}

	/** Waits until the file has grown {@code times} times, each seen apart from the one before. */
	private static void awaitWrites(Path file, int times) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		long size = Files.exists(file) ? Files.size(file) : 0;
		for (int writes = 0; writes < times;) {
			long now = Files.exists(file) ? Files.size(file) : 0;
			if (now > size) {
				size = now;
				writes++;
			}
			else if (System.nanoTime() > deadline) {
				throw new IllegalStateException(file + " was not written " + times + " times within " + TIMEOUT);
			}
			else {
				Thread.sleep(5);
			}
		}
	}

	@Test
	void outputFolderNotWritableExitsOneAndKeepsThePreviousReport(@TempDir Path home) throws Exception {
		List<String> asUnprivileged = JobProcess.unprivileged(home);
		Path output = home.resolve("reports");
		Path input = home.resolve("input");
		Files.createDirectories(input);
		Files.copy(JobProcess.PROJECT.resolve("input/conseilsmarketing-blog-archive-2009-03.txt"),
				input.resolve("seed.txt"));
		JobProcess.giveAway(home, asUnprivileged);
		JobProcess first = JobProcess.start(home, asUnprivileged, "--input=" + input, "--output=" + output);
		assertThat(first.waitFor(TIMEOUT)).as(first.stderr()).isEqualTo(ExitCodes.COMPLETED);
		List<String> before = Files.readAllLines(output.resolve("latest/aggregates.csv"));
		Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r-xr-xr-x"));

		JobProcess second = JobProcess.start(home, asUnprivileged, "--input=" + input, "--output=" + output);

		assertThat(second.waitFor(TIMEOUT)).isEqualTo(ExitCodes.FAILED);
		assertThat(second.stdout()).contains("cannot write the reports into " + output)
			.contains("run the job again: it resumes where it stopped");
		assertThat(second.stderr().lines()).singleElement().asString().contains("run again to resume");
		assertThat(Files.readAllLines(output.resolve("latest/aggregates.csv"))).isEqualTo(before).hasSize(5);

		Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-xr-x"));
		JobProcess third = JobProcess.start(home, asUnprivileged, "--input=" + input, "--output=" + output);
		assertThat(third.waitFor(TIMEOUT)).isEqualTo(ExitCodes.COMPLETED);
		assertThat(third.stdout()).contains("Resuming the run");
	}

}
