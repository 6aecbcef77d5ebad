package org.socialreports.ingest;

/**
 * Reads the job's numeric settings ({@code reports.*} properties, given as {@code -D} options),
 * so that a wrong one stops the run before it starts, with one line naming it: exit code 2,
 * not a stack trace in the middle of a step.
 */
public final class Settings {

	private Settings() {
	}

	/**
	 * @return the setting's value, at least {@code minimum}
	 * @throws IllegalArgumentException naming the setting, its value and what it may be
	 */
	public static long atLeast(String name, String value, long minimum) {
		long number;
		try {
			number = Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a whole number, not " + LogText.quote(value));
		}
		if (number < minimum) {
			throw new IllegalArgumentException(name + " must be at least " + minimum + ", not " + number);
		}
		return number;
	}

	/** As {@link #atLeast}, for a setting that must fit an {@code int}. */
	public static int intAtLeast(String name, String value, int minimum) {
		long number = atLeast(name, value, minimum);
		if (number > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE + ", not " + number);
		}
		return (int) number;
	}

}
