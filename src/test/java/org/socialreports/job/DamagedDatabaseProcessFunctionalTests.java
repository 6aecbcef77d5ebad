package org.socialreports.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialreports.ingest.SyntheticArchive;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's own database (HSQLDB files in jobs/db/) damaged between runs or deleted during one:
 * the damaged files are moved aside, the next run rebuilds the database from the input files and
 * reports what a run on a clean database reports. A database that is only locked, or that is
 * not the job's own, is left as it is.
 */
class DamagedDatabaseProcessFunctionalTests {

	static final Duration TIMEOUT = Duration.ofMinutes(3);

	static final int POSTS = 5_000;

	@TempDir
	static Path shared;

	static Path input;

	/** A database that holds the input's posts, made by one run, copied into each test's project folder. */
	static Path healthyDatabase;

	static List<String> cleanAggregates;

	@BeforeAll
	static void runOnceOnACleanDatabase() throws Exception {
		input = shared.resolve("input");
		SyntheticArchive.write(input, POSTS, 2, 2009L);
		Path clean = shared.resolve("clean");
		JobProcess run = JobProcess.start(clean, "--input=" + input, "--output=" + clean.resolve("reports"));
		assertThat(run.waitFor(TIMEOUT)).as(run.stderr()).isEqualTo(ExitCodes.COMPLETED);
		healthyDatabase = clean.resolve("jobs/db");
		cleanAggregates = Files.readAllLines(clean.resolve("reports/latest/aggregates.csv"));
		assertThat(cleanAggregates).hasSizeGreaterThan(100);
	}

	/** Ways in which the files of a database that was closed properly end up damaged. */
	enum Damage {

		/** The data file cut in half: the script's tables point at rows past its end. */
		TRUNCATED_DATA("reports.data", "RowInputBinary") {
			@Override
			void apply(Path db) throws IOException {
				Path data = db.resolve("reports.data");
				try (FileChannel channel = FileChannel.open(data, StandardOpenOption.WRITE)) {
					channel.truncate(Files.size(data) / 2);
				}
			}
		},

		/** The script cut in the middle of a statement. */
		SCRIPT_CUT_IN_A_STATEMENT("reports.script", "unexpected end of statement") {
			@Override
			void apply(Path db) throws IOException {
				cutScript(db, (script) -> script.substring(0,
						script.indexOf("CREATE CACHED TABLE PUBLIC.BATCH_STEP_EXECUTION(") + 60));
			}
		},

		/** The script cut at the end of a line, before the one that creates the user SA. */
		SCRIPT_CUT_BEFORE_THE_USER("reports.script", "not found: SA") {
			@Override
			void apply(Path db) throws IOException {
				cutScript(db, (script) -> script.substring(0, script.indexOf("CREATE USER SA")));
			}
		};

		final String file;

		final String reason;

		Damage(String file, String reason) {
			this.file = file;
			this.reason = reason;
		}

		abstract void apply(Path db) throws IOException;

		static void cutScript(Path db, UnaryOperator<String> cut) throws IOException {
			Path script = db.resolve("reports.script");
			Files.writeString(script, cut.apply(Files.readString(script, StandardCharsets.ISO_8859_1)),
					StandardCharsets.ISO_8859_1);
		}

	}

	@ParameterizedTest
	@EnumSource
	void damagedFilesAreMovedAsideAndTheRunRebuildsTheDatabaseFromTheInput(Damage damage, @TempDir Path home)
			throws Exception {
		Path db = copyHealthyDatabase(home);
		damage.apply(db);
		byte[] damaged = Files.readAllBytes(db.resolve(damage.file));

		JobProcess run = start(home);

		assertThat(run.waitFor(TIMEOUT)).as(run.stdout() + run.stderr()).isEqualTo(ExitCodes.COMPLETED);
		Path aside = movedAside(db);
		// the damaged file itself, which HSQLDB may have lengthened as it tried to open it
		assertThat(Arrays.copyOf(Files.readAllBytes(aside.resolve(damage.file)), damaged.length)).isEqualTo(damaged);
		assertThat(run.stdout())
			.containsPattern("WARN .* The database " + db.resolve("reports") + " is damaged and cannot be opened: .*"
					+ damage.reason)
			.contains("Its files are moved into " + aside + " and the job starts a new database")
			.contains("the posts of input files deleted since they were read")
			.contains("the job repository's history")
			.contains("2 input file(s): 2 new, 0 changed, 0 unchanged");
		assertThat(Files.readAllLines(home.resolve("reports/latest/aggregates.csv"))).isEqualTo(cleanAggregates);

		JobProcess next = start(home);
		assertThat(next.waitFor(TIMEOUT)).as(next.stderr()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(next.stdout()).contains("2 input file(s): 0 new, 0 changed, 2 unchanged").doesNotContain("damaged");
		assertThat(movedAside(db)).isEqualTo(aside);
	}

	@Test
	void databaseFilesDeletedDuringARunAreReportedAndTheNextRunRebuildsThem(@TempDir Path home) throws Exception {
		Path db = copyHealthyDatabase(home);
		JobProcess run = start(home);
		run.awaitLog("Writing the reports of ", TIMEOUT);
		deleteContents(db);

		assertThat(run.waitFor(TIMEOUT)).isEqualTo(ExitCodes.FAILED);
		assertThat(run.stderr().lines()).singleElement()
			.asString()
			.contains("the database files " + db.resolve("reports.properties") + ", " + db.resolve("reports.script")
					+ ", " + db.resolve("reports.data") + " were deleted while the job ran")
			.contains("this run's reports were published all the same")
			.contains("the next run rebuilds it from the input files");
		assertThat(Files.readAllLines(home.resolve("reports/latest/aggregates.csv"))).isEqualTo(cleanAggregates);

		JobProcess next = start(home);

		assertThat(next.waitFor(TIMEOUT)).as(next.stdout() + next.stderr()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(next.stdout()).contains("is damaged and cannot be opened")
			.contains("Its files are moved into " + movedAside(db))
			.contains("2 input file(s): 2 new, 0 changed, 0 unchanged");
		assertThat(Files.readAllLines(home.resolve("reports/latest/aggregates.csv"))).isEqualTo(cleanAggregates);
	}

	@Test
	void databaseLockedByAnotherProcessIsLeftAsItIs(@TempDir Path home) throws Exception {
		Path db = copyHealthyDatabase(home);
		JobProcess run;
		// this test's JVM opens the database: HSQLDB's lock file keeps every other process out
		try (Connection holder = DriverManager
			.getConnection("jdbc:hsqldb:file:" + db.resolve("reports") + ";shutdown=true", "SA", "")) {
			List<Path> before = contents(db);

			run = start(home);

			assertThat(run.waitFor(TIMEOUT)).isEqualTo(ExitCodes.FAILED);
			assertThat(contents(db)).isEqualTo(before);
		}
		assertThat(run.stderr().lines()).singleElement()
			.asString()
			.contains("cannot open the database " + db.resolve("reports") + ": another process holds its lock "
					+ db.resolve("reports.lck"))
			.contains("nothing was moved");
		assertThat(run.stdout()).doesNotContain("is damaged");

		JobProcess next = start(home);
		assertThat(next.waitFor(TIMEOUT)).as(next.stderr()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(next.stdout()).contains("2 input file(s): 0 new, 0 changed, 2 unchanged");
		assertThat(Files.readAllLines(home.resolve("reports/latest/aggregates.csv"))).isEqualTo(cleanAggregates);
	}

	@Test
	void unknownUserOfAWholeDatabaseIsAConfigurationErrorAndNothingIsMoved(@TempDir Path home) throws Exception {
		Path db = copyHealthyDatabase(home);

		JobProcess run = JobProcess.start(home, List.of(), List.of("-Dspring.datasource.username=BOB"),
				"--input=" + input, "--output=" + home.resolve("reports"));

		assertThat(run.waitFor(TIMEOUT)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(run.stderr().lines()).singleElement().asString().contains("not found: BOB");
		try (Stream<Path> files = Files.list(db)) {
			assertThat(files.map((file) -> file.getFileName().toString())).noneMatch((name) -> name.startsWith("damaged"));
		}
	}

	@Test
	void serverDatabaseThatCannotBeReachedExitsOneWithALineThatNamesIt(@TempDir Path home) throws Exception {
		for (String url : List.of("jdbc:postgresql://127.0.0.1:1/reports", "jdbc:hsqldb:hsql://127.0.0.1:1/reports")) {
			JobProcess run = JobProcess.start(home, List.of(), List.of("-Dspring.datasource.url=" + url),
					"--input=" + input, "--output=" + home.resolve("reports"));

			assertThat(run.waitFor(TIMEOUT)).as(url).isEqualTo(ExitCodes.FAILED);
			assertThat(run.stderr().lines()).as(url)
				.singleElement()
				.asString()
				.startsWith("social-strategy-reports: cannot open the database " + url + ": ")
				.endsWith("; run again once it is fixed");
		}
		assertThat(home.resolve("jobs/db")).doesNotExist();
	}

	private static JobProcess start(Path home) throws IOException {
		return JobProcess.start(home, "--input=" + input, "--output=" + home.resolve("reports"));
	}

	private static Path copyHealthyDatabase(Path home) throws IOException {
		Path db = home.resolve("jobs/db");
		FileSystemUtils.copyRecursively(healthyDatabase, db);
		return db;
	}

	/** The one folder the damaged files were moved into. */
	private static Path movedAside(Path db) throws IOException {
		try (Stream<Path> files = Files.list(db)) {
			List<Path> aside = files
				.filter((file) -> file.getFileName().toString().matches("damaged-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d"))
				.toList();
			assertThat(aside).hasSize(1);
			return aside.get(0);
		}
	}

	private static List<Path> contents(Path db) throws IOException {
		try (Stream<Path> files = Files.walk(db)) {
			return files.sorted().toList();
		}
	}

	private static void deleteContents(Path db) throws IOException {
		try (Stream<Path> files = Files.walk(db)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).filter((file) -> !file.equals(db)).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
