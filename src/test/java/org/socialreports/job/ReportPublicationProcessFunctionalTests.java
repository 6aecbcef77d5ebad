package org.socialreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialreports.ingest.SyntheticArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged job's publication as a process sees it: a publication killed half way, one that
 * fails on an I/O error, and two runs with their own databases writing into one output folder.
 * A run is suspended ({@code SIGSTOP}) once it logs that it writes its reports, that is once its
 * sweep of what dead runs left is done, and looked at then.
 */
class ReportPublicationProcessFunctionalTests {

	static final Duration TIMEOUT = Duration.ofMinutes(3);

	static final List<String> REPORT_FILES = List.of("aggregates.csv", "posts.csv", "rejects.csv",
			"social-media-report.xlsx", "social-media-report.pdf");

	static final String WRITING = "Writing the reports of ";

	static final Path SEED_INPUT = JobProcess.PROJECT.resolve("input");

	/** Large enough that its reports take more than a second to write. */
	static final int LARGE_ARCHIVE_POSTS = 30_000;

	/**
	 * What {@code kill -9} leaves when it stops a run of the day before as it replaces that
	 * day's report, in the middle of its renames; and the report the day's folder must then hold.
	 */
	enum KilledPublication {

		/** latest shows the staging folder, complete; its copy is ready, the day's folder not yet moved. */
		AFTER_LATEST_POINTED_AT_THE_STAGING_FOLDER("earlier"),

		/** The day's folder is in the replaced folder; the copy has not taken its name. */
		AFTER_THE_DAYS_FOLDER_WAS_MOVED_ASIDE("earlier"),

		/** The copy holds the day's name; latest still shows the staging folder. */
		AFTER_THE_COPY_TOOK_THE_DAYS_NAME("killed run");

		final String daysReport;

		KilledPublication(String daysReport) {
			this.daysReport = daysReport;
		}

		void leave(Path output, String day) throws IOException {
			String staging = "." + day + ".partial-5551212";
			String replaced = "." + day + ".replaced-5551212";
			report(output.resolve(staging), "killed run");
			Files.createFile(output.resolve(staging + ".lock"));
			Files.createSymbolicLink(output.resolve("latest"), Path.of(staging));
			if (this == AFTER_THE_COPY_TOOK_THE_DAYS_NAME) {
				report(output.resolve(replaced).resolve(day), "earlier");
				report(output.resolve(day), "killed run");
				return;
			}
			report(output.resolve("." + day + ".linked-5551212"), "killed run");
			report((this == AFTER_THE_DAYS_FOLDER_WAS_MOVED_ASIDE) ? output.resolve(replaced).resolve(day)
					: output.resolve(day), "earlier");
		}

	}

	@ParameterizedTest
	@EnumSource
	void aPublicationKilledMidRenameIsSettledByTheNextRunsWithoutLosingTheDaysReport(KilledPublication killed,
			@TempDir Path home) throws Exception {
		Path output = Files.createDirectories(home.resolve("reports"));
		String day = LocalDate.now().minusDays(1).toString();
		killed.leave(output, day);

		for (int run = 1; run <= 2; run++) {
			LatestReader reader = new LatestReader(output);
			try {
				JobProcess job = JobProcess.start(home, "--input=" + SEED_INPUT, "--output=" + output);
				job.awaitLog(WRITING, TIMEOUT);
				job.suspend();
				try {
					assertComplete(output.resolve("latest"));
					assertThat(output.resolve(day).resolve("aggregates.csv")).as("run " + run)
						.hasContent(killed.daysReport);
				}
				finally {
					job.resume();
				}
				assertThat(job.waitFor(TIMEOUT)).as(job.stderr()).isEqualTo(ExitCodes.COMPLETED);
			}
			finally {
				reader.close();
			}
			assertThat(reader.misses()).as("reads of latest that found no report, run " + run).isEmpty();
			assertThat(reader.reads()).isPositive();
		}

		String today = Files.readSymbolicLink(output.resolve("latest")).toString();
		assertThat(names(output)).containsExactlyInAnyOrder(day, today, "latest", ".publish.lock");
		assertThat(output.resolve(day).resolve("aggregates.csv")).hasContent(killed.daysReport);
		assertThat(Files.readAllLines(output.resolve("latest/aggregates.csv")))
			.containsExactlyElementsOf(SocialStrategyReportJobFunctionalTests.SEED_AGGREGATES);
		assertComplete(output.resolve("latest"));
	}

	@Test
	void aSameDayPublicationThatFailsOnAnIoErrorLeavesLatestOnTheEarlierReport(@TempDir Path home) throws Exception {
		List<String> asUnprivileged = JobProcess.unprivileged(home);
		Path output = home.resolve("reports");
		Path input = Files.createDirectories(home.resolve("input"));
		Files.copy(SEED_INPUT.resolve("conseilsmarketing-blog-archive-2009-03.txt"), input.resolve("seed.txt"));
		JobProcess.giveAway(home, asUnprivileged);
		JobProcess first = JobProcess.start(home, asUnprivileged, "--input=" + input, "--output=" + output);
		assertThat(first.waitFor(TIMEOUT)).as(first.stderr()).isEqualTo(ExitCodes.COMPLETED);
		String day = Files.readSymbolicLink(output.resolve("latest")).toString();
		List<String> before = Files.readAllLines(output.resolve("latest/aggregates.csv"));
		// a folder without write permission cannot move into another (its '..' would change): the
		// second publication fails once latest shows its staging folder and the replaced folder exists
		Files.setPosixFilePermissions(output.resolve(day), PosixFilePermissions.fromString("r-xr-xr-x"));

		JobProcess second = JobProcess.start(home, asUnprivileged, "--input=" + input, "--output=" + output);

		assertThat(second.waitFor(TIMEOUT)).isEqualTo(ExitCodes.FAILED);
		assertThat(second.stdout()).contains("AccessDeniedException: " + output.resolve(day) + " -> ");
		assertThat(Files.readSymbolicLink(output.resolve("latest"))).isEqualTo(Path.of(day));
		assertThat(Files.readAllLines(output.resolve("latest/aggregates.csv"))).isEqualTo(before).hasSize(5);
		assertComplete(output.resolve("latest"));
		assertThat(names(output)).containsExactlyInAnyOrder(day, "latest", ".publish.lock");

		Files.setPosixFilePermissions(output.resolve(day), PosixFilePermissions.fromString("rwxr-xr-x"));
		JobProcess third = JobProcess.start(home, asUnprivileged, "--input=" + input, "--output=" + output);
		assertThat(third.waitFor(TIMEOUT)).as(third.stderr()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(Files.readAllLines(output.resolve("latest/aggregates.csv"))).isEqualTo(before);
		assertThat(names(output)).containsExactlyInAnyOrder(day, "latest", ".publish.lock");
	}

	@Test
	void twoRunsWithTheirOwnDatabasesWriteIntoOneOutputFolderAtOnce(@TempDir Path home) throws Exception {
		Path output = home.resolve("reports");
		Path large = home.resolve("large-input");
		SyntheticArchive.write(large, LARGE_ARCHIVE_POSTS, 2, 2009L);
		JobProcess first = JobProcess.start(home, List.of(), database(home, "first"), "--input=" + large,
				"--output=" + output);
		first.awaitLog(WRITING, TIMEOUT);
		first.suspend();
		try {
			assertThat(stagingFolders(output)).as("the first run's, being written").hasSize(1);

			JobProcess second = JobProcess.start(home, List.of(), database(home, "second"), "--input=" + SEED_INPUT,
					"--output=" + output);

			assertThat(second.waitFor(TIMEOUT)).as(second.stderr()).isEqualTo(ExitCodes.COMPLETED);
			assertThat(Files.readAllLines(output.resolve("latest/aggregates.csv")))
				.containsExactlyElementsOf(SocialStrategyReportJobFunctionalTests.SEED_AGGREGATES);
			assertComplete(output.resolve("latest"));
			assertThat(stagingFolders(output)).as("the first run's, still there").hasSize(1);
		}
		finally {
			first.resume();
		}

		assertThat(first.waitFor(TIMEOUT)).as(first.stderr()).isEqualTo(ExitCodes.COMPLETED);
		List<String> aggregates = Files.readAllLines(output.resolve("latest/aggregates.csv"));
		assertThat(aggregates.stream().skip(1).mapToLong((row) -> Long.parseLong(row.split(",")[3])).sum())
			.isEqualTo(LARGE_ARCHIVE_POSTS);
		assertComplete(output.resolve("latest"));
		assertThat(names(output)).containsExactlyInAnyOrder(Files.readSymbolicLink(output.resolve("latest")).toString(),
				"latest", ".publish.lock");
	}

	/** A database and a run lock of their own, as a second installation would have. */
	private static List<String> database(Path home, String name) {
		return List.of("-Dspring.datasource.url=jdbc:hsqldb:file:" + home.resolve(name).resolve("db") + ";shutdown=true",
				"-Dreports.lock=" + home.resolve(name).resolve("run.lock"));
	}

	private static void report(Path folder, String content) throws IOException {
		Files.createDirectories(folder);
		for (String file : REPORT_FILES) {
			Files.writeString(folder.resolve(file), content);
		}
	}

	private static void assertComplete(Path folder) {
		for (String file : REPORT_FILES) {
			assertThat(folder.resolve(file)).isRegularFile();
		}
	}

	private static List<Path> stagingFolders(Path output) throws IOException {
		try (Stream<Path> entries = Files.list(output)) {
			return entries.filter((entry) -> entry.getFileName().toString().contains(".partial-"))
				.filter(Files::isDirectory)
				.toList();
		}
	}

	private static List<String> names(Path output) throws IOException {
		try (Stream<Path> entries = Files.list(output)) {
			return entries.map((entry) -> entry.getFileName().toString()).toList();
		}
	}

	/** Reads latest's {@code aggregates.csv} over and over until closed, as a reader of the reports would. */
	private static final class LatestReader {

		private final Thread thread;

		private final AtomicLong reads = new AtomicLong();

		private final List<String> misses = new CopyOnWriteArrayList<>();

		private volatile boolean closed;

		LatestReader(Path output) {
			Path aggregates = output.resolve("latest/aggregates.csv");
			this.thread = new Thread(() -> {
				while (!this.closed) {
					try {
						Files.readAllBytes(aggregates);
						this.reads.incrementAndGet();
					}
					catch (IOException ex) {
						this.misses.add(ex.toString());
					}
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "latest-reader");
			this.thread.start();
		}

		long reads() {
			return this.reads.get();
		}

		List<String> misses() {
			return this.misses;
		}

		void close() throws InterruptedException {
			this.closed = true;
			this.thread.join();
		}

	}

}
