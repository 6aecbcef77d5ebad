package org.socialreports.job;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;

import org.hsqldb.HsqlException;
import org.hsqldb.error.ErrorCode;

/**
 * Why HSQLDB could not open a file database, as far as the job needs to know: damaged files
 * (cut short, emptied, one of them gone), a lock held by another process, or anything else.
 */
enum OpeningFailure {

	/** The files cannot make a database: moving them aside and starting anew is the only way on. */
	DAMAGED,

	/** Another process holds the database's lock file, or it cannot be created: nothing is wrong with the files. */
	LOCKED,

	/** The files are whole, but do not know the configured user (or its password). */
	UNKNOWN_USER,

	/** Anything else, such as a disk that cannot be read: the files may be whole. */
	OTHER;

	/** HSQLDB's codes, as it reports them (negative), for files read to the end that do not make a database. */
	private static final Set<Integer> DAMAGE = Set.of(-ErrorCode.M_DatabaseScriptReader_read,
			-ErrorCode.ERROR_IN_SCRIPT_FILE, -ErrorCode.DATA_FILE_ERROR, -ErrorCode.ERROR_IN_LOG_FILE,
			-ErrorCode.DATA_FILE_BACKUP_MISMATCH);

	static OpeningFailure of(Throwable failure, EmbeddedDatabase database) {
		if (codes(failure).anyMatch((code) -> code == -ErrorCode.LOCK_FILE_ACQUISITION_FAILURE)) {
			return LOCKED;
		}
		// a file that could not be read (permissions, a failing disk) is not a file that was cut short
		if (chain(failure).anyMatch((cause) -> cause instanceof IOException && !(cause instanceof EOFException))) {
			return OTHER;
		}
		if (codes(failure).anyMatch(DAMAGE::contains)) {
			return DAMAGED;
		}
		// the user is unknown: either the script lost the lines that create the users, or the user is mistyped
		if (codes(failure).anyMatch((code) -> code == -ErrorCode.X_28501)) {
			return database.scriptCreatesUsers() ? UNKNOWN_USER : DAMAGED;
		}
		return OTHER;
	}

	/** The database's own words for the failure, on one line. */
	static String describe(Throwable failure) {
		Throwable described = chain(failure).filter(SQLException.class::isInstance).findFirst().orElse(failure);
		String message = (described.getMessage() != null) ? described.getMessage() : described.toString();
		return message.replaceAll("\\s+", " ").trim();
	}

	private static Stream<Integer> codes(Throwable failure) {
		return chain(failure).map((cause) -> (cause instanceof SQLException sql) ? sql.getErrorCode()
				: (cause instanceof HsqlException hsql) ? hsql.getErrorCode() : 0);
	}

	private static Stream<Throwable> chain(Throwable failure) {
		return Stream.iterate(failure, (cause) -> cause != null, (cause) -> (cause.getCause() != cause) ? cause.getCause() : null);
	}

}
