package org.socialreports.job;

/**
 * What a failure comes down to, for a one-line message: Spring wraps the cause that matters
 * in several layers of its own.
 */
final class Failures {

	/** What HSQLDB says when its data file cannot grow, on a full disk above all. */
	static final String HSQLDB_DATA_FILE_FULL = "Data File size limit is reached";

	/** What the operating system says of a write to a full disk. */
	static final String NO_SPACE_LEFT = "No space left on device";

	private Failures() {
	}

	static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** The first of the failure and its causes that is a {@code type}, or {@code null}. */
	static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** The failure's own message, and its root cause when that is another exception; a full disk said so. */
	static String describe(Throwable failure) {
		String diskFull = diskFull(failure);
		if (diskFull != null) {
			return diskFull;
		}
		Throwable cause = rootCause(failure);
		return (cause == failure) ? failure.toString() : failure.getMessage() + " (" + cause + ")";
	}

	/** What a full disk under a failure says, or {@code null} when the disk is not full. */
	static String diskFull(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains(HSQLDB_DATA_FILE_FULL)) {
				return "the disk under the database is full: its data file cannot grow (HSQLDB says \""
						+ HSQLDB_DATA_FILE_FULL + "\"; rarely, the file has reached the size HSQLDB allows)";
			}
			if (message.contains(NO_SPACE_LEFT)) {
				return "the disk is full: " + message;
			}
		}
		return null;
	}

}
