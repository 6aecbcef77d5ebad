package org.socialreports.ingest;

/**
 * Text from the outside world (file names, reasons that quote a file's content) as it may
 * appear in a log line: quoted, with line breaks and other control characters escaped, so that
 * a file named {@code "x\n12:00:00 INFO Job … COMPLETED"} cannot forge a line of the log.
 */
public final class LogText {

	private LogText() {
	}

	/** The text between double quotes, escaped as a Java string literal would be. */
	public static String quote(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
							|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
