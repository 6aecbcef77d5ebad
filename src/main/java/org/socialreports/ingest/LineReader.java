package org.socialreports.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines on LF, CRLF or a lone CR, keeping at most {@code maxChars} of each
 * line: {@link java.io.BufferedReader#readLine()} would hold a whole line, and a dump without
 * line breaks can be one line of hundreds of megabytes.
 */
public final class LineReader implements Closeable {

	/**
	 * @param number the 1-based line number
	 * @param text the line without its line end, cut to the reader's limit
	 * @param length the line's real length in characters
	 */
	public record Line(long number, String text, long length) {

		public boolean truncated() {
			return this.length > this.text.length();
		}

	}

	private final Reader reader;

	private final int maxChars;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private long number;

	// A CR was the last character seen: an LF right after it belongs to the same line end,
	// even when it only arrives with the next buffer.
	private boolean afterCarriageReturn;

	public LineReader(Reader reader, int maxChars) {
		this(reader, maxChars, 1);
	}

	/**
	 * @param firstLine the number of the first line: the reader may begin in the middle of a file
	 */
	public LineReader(Reader reader, int maxChars, long firstLine) {
		this.reader = reader;
		this.maxChars = maxChars;
		this.number = firstLine - 1;
	}

	/**
	 * @return the next line, or {@code null} at the end of the text
	 */
	public Line readLine() throws IOException {
		// only a line that runs past the end of the buffer is gathered in a builder: the others,
		// nearly all of them, are copied once, straight from the buffer into their string
		StringBuilder text = null;
		long length = 0;
		boolean started = false;
		while (fill()) {
			if (this.afterCarriageReturn) {
				this.afterCarriageReturn = false;
				if (this.buffer[this.position] == '\n') {
					this.position++;
					continue;
				}
			}
			started = true;
			int start = this.position;
			while (this.position < this.limit && this.buffer[this.position] != '\n'
					&& this.buffer[this.position] != '\r') {
				this.position++;
			}
			int count = this.position - start;
			int kept = Math.min(count, this.maxChars - ((text != null) ? text.length() : 0));
			length += count;
			if (this.position < this.limit) {
				this.afterCarriageReturn = this.buffer[this.position++] == '\r';
				String line = (text != null) ? text.append(this.buffer, start, kept).toString()
						: new String(this.buffer, start, kept);
				return new Line(++this.number, line, length);
			}
			if (text == null) {
				text = new StringBuilder();
			}
			text.append(this.buffer, start, kept);
		}
		return started ? new Line(++this.number, (text != null) ? text.toString() : "", length) : null;
	}

	private boolean fill() throws IOException {
		while (this.position >= this.limit) {
			int read = this.reader.read(this.buffer, 0, this.buffer.length);
			if (read < 0) {
				return false;
			}
			this.position = 0;
			this.limit = read;
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
