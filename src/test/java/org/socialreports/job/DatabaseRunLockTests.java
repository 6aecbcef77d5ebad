package org.socialreports.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The run lock of a shared database, on a real PostgreSQL. */
class DatabaseRunLockTests {

	private final Database database = PostgresServer.createDatabase("DatabaseRunLockTests");

	@Test
	void aSecondRunOnTheSameDatabaseIsRefusedUntilTheFirstLetsGo() throws SQLException {
		DriverManagerDataSource dataSource = dataSource(this.database.url());
		DatabaseRunLock first = DatabaseRunLock.take(dataSource);

		CannotOpenDatabaseException refused = catchThrowableOfType(CannotOpenDatabaseException.class,
				() -> DatabaseRunLock.take(dataSource));

		assertThat(refused.exitCode()).isEqualTo(ExitCodes.LOCKED);
		assertThat(refused.getMessage()).startsWith("another run holds the lock of the database " + this.database.url()
				+ " (schema public): social-strategy-reports " + ProcessHandle.current().pid() + "@")
			.contains(" from 127.0.0.1")
			.endsWith("; not started")
			.doesNotContain("\n");
		first.close();
		DatabaseRunLock.take(dataSource).close();
	}

	@Test
	void theServerLetsTheLockGoWhenItsHoldersSessionEnds() throws SQLException {
		DriverManagerDataSource dataSource = dataSource(this.database.url());
		DatabaseRunLock.take(dataSource);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(DatabaseRunLock.holder(connection, "public")).isPresent();
			// as when its process is killed: the server ends the session
			statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
					+ " WHERE application_name LIKE 'social-strategy-reports %'");
		}

		DatabaseRunLock.take(dataSource).close();
	}

	@Test
	void eachSchemaHasALockOfItsOwn() throws SQLException {
		try (Connection connection = dataSource(this.database.url()).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA other");
		}
		try (DatabaseRunLock inPublic = DatabaseRunLock.take(dataSource(this.database.url()));
				DatabaseRunLock inOther = DatabaseRunLock.take(dataSource(this.database.url() + "?currentSchema=other"))) {
			assertThat(catchThrowableOfType(CannotOpenDatabaseException.class,
					() -> DatabaseRunLock.take(dataSource(this.database.url() + "?currentSchema=other"))).getMessage())
				.contains("(schema other)");
		}
	}

	@Test
	void theEmbeddedDatabaseHoldsNothing() throws SQLException {
		DriverManagerDataSource hsqldb = new DriverManagerDataSource("jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
		try (DatabaseRunLock first = DatabaseRunLock.take(hsqldb); DatabaseRunLock second = DatabaseRunLock.take(hsqldb)) {
			assertThat(second).isNotSameAs(first);
		}
	}

	private DriverManagerDataSource dataSource(String url) {
		return new DriverManagerDataSource(url, this.database.username(), this.database.password());
	}

}
