package org.socialreports.job;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.hsqldb.HsqlException;
import org.hsqldb.error.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures shaped as HSQLDB 2.7 reports them when it opens a file database (as seen with damaged
 * copies of the job's database): a JDBC exception around HSQLDB's own, around their cause.
 */
class OpeningFailureTests {

	@TempDir
	Path db;

	EmbeddedDatabase database;

	@BeforeEach
	void aScriptThatCreatesItsUser() throws IOException {
		this.database = new EmbeddedDatabase(this.db.resolve("reports"));
		Files.writeString(this.db.resolve("reports.script"), "CREATE USER SA PASSWORD DIGEST 'x'\n");
	}

	@Test
	void aScriptThatCannotBeReadToTheEndIsDamage() {
		SQLException cutData = hsqldb("error in script file line: 62 IO error: RowInputBinary 364",
				-ErrorCode.M_DatabaseScriptReader_read,
				new HsqlException(new EOFException(), "IO error: RowInputBinary 364", "S1000", -ErrorCode.GENERAL_IO_ERROR));
		SQLException cutStatement = hsqldb("error in script file line: 43 unexpected end of statement",
				-ErrorCode.M_DatabaseScriptReader_read, null);
		SQLException noScript = hsqldb("Data File input/output error: database files not complete",
				-ErrorCode.DATA_FILE_ERROR, null);

		assertThat(OpeningFailure.of(cutData, this.database)).isEqualTo(OpeningFailure.DAMAGED);
		assertThat(OpeningFailure.of(cutStatement, this.database)).isEqualTo(OpeningFailure.DAMAGED);
		assertThat(OpeningFailure.of(noScript, this.database)).isEqualTo(OpeningFailure.DAMAGED);
		assertThat(OpeningFailure.describe(cutData)).isEqualTo("error in script file line: 62 IO error: RowInputBinary 364");
	}

	@Test
	void anUnknownUserIsDamageOnlyWhenTheScriptLostItsUsers() throws IOException {
		SQLException unknownUser = hsqldb("invalid authorization specification - not found: SA", -ErrorCode.X_28501, null);
		assertThat(OpeningFailure.of(unknownUser, this.database)).isEqualTo(OpeningFailure.UNKNOWN_USER);

		Files.writeString(this.db.resolve("reports.script"), "SET DATABASE UNIQUE NAME HSQLDB1\nSET FILES LOG TRUE\n");
		assertThat(OpeningFailure.of(unknownUser, this.database)).isEqualTo(OpeningFailure.DAMAGED);
	}

	@Test
	void aLockHeldElsewhereOrThatCannotBeTakenIsNeverDamage() {
		SQLException held = hsqldb("Database lock acquisition failure: lockFile: … method: checkHeartbeat",
				-ErrorCode.LOCK_FILE_ACQUISITION_FAILURE, null);
		SQLException denied = hsqldb("Database lock acquisition failure: … reason: Permission denied",
				-ErrorCode.LOCK_FILE_ACQUISITION_FAILURE, new FileNotFoundException("reports.lck (Permission denied)"));

		assertThat(OpeningFailure.of(held, this.database)).isEqualTo(OpeningFailure.LOCKED);
		assertThat(OpeningFailure.of(denied, this.database)).isEqualTo(OpeningFailure.LOCKED);
	}

	@Test
	void aFileThatCannotBeReadMayBeWholeSoItIsNotDamage() {
		SQLException unreadable = hsqldb("error in script file line: 62 IO error: reports.data (Permission denied)",
				-ErrorCode.M_DatabaseScriptReader_read, new FileNotFoundException("reports.data (Permission denied)"));
		SQLException other = new SQLException("out of memory", "S1000", -ErrorCode.OUT_OF_MEMORY);

		assertThat(OpeningFailure.of(unreadable, this.database)).isEqualTo(OpeningFailure.OTHER);
		assertThat(OpeningFailure.of(other, this.database)).isEqualTo(OpeningFailure.OTHER);
	}

	@Test
	void theDescriptionIsTheDatabasesOwnMessageOnOneLine() {
		RuntimeException wrapped = new IllegalStateException("Failed to obtain JDBC Connection",
				new SQLException("Connection to 127.0.0.1:1 refused.\nCheck that the hostname and port are correct."));

		assertThat(OpeningFailure.describe(wrapped))
			.isEqualTo("Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct.");
	}

	private static SQLException hsqldb(String message, int code, Throwable cause) {
		HsqlException hsqldb = new HsqlException(cause, message, "S1000", code);
		return new SQLException(message, "S1000", code, hsqldb);
	}

}
