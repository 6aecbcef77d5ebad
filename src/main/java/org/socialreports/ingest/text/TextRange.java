package org.socialreports.ingest.text;

/**
 * A part of a text archive that holds whole posts: from byte {@code start} up to byte
 * {@code end} (excluded), beginning with line {@code firstLine} of the file. A large archive is
 * read as several such parts side by side.
 *
 * @param start the offset of the part's first byte, just after a footer's line end (or 0)
 * @param end the offset just after the part's last byte
 * @param firstLine the number in the file of the part's first line, counted from 1
 */
public record TextRange(long start, long end, long firstLine) {

	public TextRange {
		if (start < 0 || end < start || firstLine < 1) {
			throw new IllegalArgumentException("not a range of a file: " + start + "-" + end + " from line " + firstLine);
		}
	}

	/** The form in which a partition carries the range: {@code start-end@line}. */
	public String serialize() {
		return this.start + "-" + this.end + "@" + this.firstLine;
	}

	/**
	 * @throws IllegalArgumentException if {@code text} is not what {@link #serialize()} writes
	 */
	public static TextRange parse(String text) {
		int dash = text.indexOf('-');
		int at = text.indexOf('@');
		if (dash < 0 || at < dash) {
			throw new IllegalArgumentException("not a text range: " + text);
		}
		return new TextRange(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1, at)),
				Long.parseLong(text.substring(at + 1)));
	}

}
