package org.socialreports.job;

/**
 * What a failure comes down to, for a one-line message: Spring wraps the cause that matters
 * in several layers of its own.
 */
final class Failures {

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

	/** The failure's own message, and its root cause when that is another exception. */
	static String describe(Throwable failure) {
		Throwable cause = rootCause(failure);
		return (cause == failure) ? failure.toString() : failure.getMessage() + " (" + cause + ")";
	}

}
