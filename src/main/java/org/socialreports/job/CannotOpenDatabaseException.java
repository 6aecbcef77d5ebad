package org.socialreports.job;

/**
 * The database cannot be opened: its message names the database and says why, on one line,
 * for the command line to show as it is, with the exit code that says whose turn it is.
 */
class CannotOpenDatabaseException extends RuntimeException {

	private final int exitCode;

	/** The database failed: running again once it is fixed may well work (exit code 1). */
	CannotOpenDatabaseException(String message, Throwable cause) {
		this(message, cause, ExitCodes.FAILED);
	}

	CannotOpenDatabaseException(String message, Throwable cause, int exitCode) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return this.exitCode;
	}

}
