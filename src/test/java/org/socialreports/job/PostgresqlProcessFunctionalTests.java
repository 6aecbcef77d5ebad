package org.socialreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.ingest.SyntheticArchive;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged job on a PostgreSQL that two hosts share (two project folders, each with its own
 * file lock, one database and one output folder): the second is refused while the first runs, the first killed with
 * {@code kill -9} lets the database's lock go, and the second then resumes the first's run to the
 * figures a single run on the embedded HSQLDB gives.
 */
class PostgresqlProcessFunctionalTests {

	static final Duration TIMEOUT = Duration.ofMinutes(3);

	static final int POSTS = 60_000;

	@TempDir
	static Path shared;

	static Path archive;

	@BeforeAll
	static void generateArchive() throws IOException {
		archive = shared.resolve("input");
		SyntheticArchive.write(archive, POSTS, 3, 2009L);
	}

	@Test
	void aSecondHostIsRefusedWhileTheFirstRunsAndResumesItOnceItIsKilled(@TempDir Path hostA, @TempDir Path hostB,
			@TempDir Path alone, @TempDir Path reports) throws Exception {
		Database database = PostgresServer.createDatabase("PostgresqlProcessFunctionalTests");
		List<String> onPostgresql = List.of("-Dspring.datasource.url=" + database.url(),
				"-Dspring.datasource.username=" + database.username(),
				"-Dspring.datasource.password=" + database.password(),
				"-Dspring.datasource.driver-class-name=org.postgresql.Driver");
		JobProcess first = JobProcess.startWithOptions(hostA, onPostgresql, "--input=" + archive,
				"--output=" + reports);
		// the progress line of a chunk comes before its commit: at a thousand posts, the first is committed
		first.awaitStored(1000, TIMEOUT);
		// it keeps its connection, and the lock with it, and does nothing
		first.suspend();

		JobProcess refused = JobProcess.startWithOptions(hostB, onPostgresql, "--input=" + archive,
				"--output=" + reports);

		assertThat(refused.waitFor(TIMEOUT)).as(refused.stderr()).isEqualTo(ExitCodes.LOCKED);
		assertThat(refused.stderr().lines()).singleElement()
			.asString()
			.startsWith("social-strategy-reports: another run holds the lock of the database " + database.url()
					+ " (schema public): social-strategy-reports " + first.pid() + "@")
			.endsWith("; not started");

		first.kill();
		awaitLockReleased(database);
		JobProcess resumed = JobProcess.startWithOptions(hostB, onPostgresql, "--input=" + archive,
				"--output=" + reports);
		assertThat(resumed.waitFor(TIMEOUT)).as(resumed.stderr()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(resumed.stdout()).contains("Resuming the run").containsPattern("resuming after \\d+ entries");

		JobProcess onHsqldb = JobProcess.start(alone, "--input=" + archive, "--output=" + alone.resolve("reports"));
		assertThat(onHsqldb.waitFor(TIMEOUT)).as(onHsqldb.stderr()).isEqualTo(ExitCodes.COMPLETED);
		for (String file : List.of("aggregates.csv", "posts.csv", "rejects.csv")) {
			assertThat(Files.mismatch(reports.resolve("latest").resolve(file),
					alone.resolve("reports/latest").resolve(file))).as(file).isEqualTo(-1L);
		}
		List<String> aggregates = Files.readAllLines(reports.resolve("latest/aggregates.csv"));
		assertThat(aggregates.stream().skip(1).mapToLong((row) -> Long.parseLong(row.split(",")[3])).sum())
			.isEqualTo(POSTS);
	}

	/** The server ends a killed process's session once it sees its connection closed. */
	static void awaitLockReleased(Database database) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		try (Connection connection = new DriverManagerDataSource(database.url(), database.username(),
				database.password()).getConnection()) {
			while (DatabaseRunLock.holder(connection, "public").isPresent()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the killed run's lock was never released");
				}
				Thread.sleep(50);
			}
		}
	}

}
