package org.socialreports.ingest.social;

/**
 * The text of a LinkedIn share as {@code Shares.csv} writes it. LinkedIn quotes each line of a
 * multi-line commentary on its own, inside the quoted cell: once the CSV is read, the first line
 * ends with {@code "}, the others start (and all but the last end) with one, and an empty line
 * reads {@code ""}. Those quotes are taken off when every line break is framed by them, so a
 * quotation of the author's own stays.
 */
final class LinkedInCommentary {

	private LinkedInCommentary() {
	}

	static String text(String commentary) {
		String text = commentary.replace("\r\n", "\n").strip();
		if (!text.contains("\n")) {
			return text;
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			boolean opens = i == 0 || lines[i].startsWith("\"");
			boolean closes = i == lines.length - 1 || lines[i].endsWith("\"");
			// a line of its own quote only ("") both opens and closes with the same character
			boolean framed = (i == 0 || i == lines.length - 1) ? opens && closes : lines[i].length() >= 2;
			if (!opens || !closes || !framed) {
				return text;
			}
		}
		StringBuilder unquoted = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			int start = (i == 0) ? 0 : 1;
			int end = (i == lines.length - 1) ? lines[i].length() : lines[i].length() - 1;
			if (i > 0) {
				unquoted.append('\n');
			}
			unquoted.append(lines[i], start, Math.max(start, end));
		}
		return unquoted.toString().strip();
	}

}
