package org.socialreports.ingest.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Cuts every JSON string longer than a limit to that limit before Jackson sees it, keeping its
 * closing quote and so the structure of the document: a post whose HTML holds a 100 MB inline
 * image is kept with its text cut, where Jackson would have held the whole string (and given
 * up past 20 million characters, ending the file).
 * <p>
 * The limit counts the characters of the string as written, escapes included; a cut never
 * splits an escape (a backslash and its letter, or the six characters of a Unicode escape) or
 * a surrogate pair written as such. In JSON Lines a line end ends any string, as it ends the
 * record: a line broken in the middle of a string does not make the lines after it read inside
 * out.
 */
final class JsonStringCutter extends FilterReader {

	/** The longest string kept whole: no post's text is a million characters long. */
	static final int MAX_STRING_CHARS = 1 << 20;

	/**
	 * The shortest limit allowed: longer than what Jackson or {@link LineReader} read ahead, so
	 * that a string is cut while its record is being read, and {@link #cuts()} counted before and
	 * after a record tells whether it was cut.
	 */
	static final int MIN_STRING_CHARS = 16 * 1024;

	private final int maxChars;

	private final boolean lineEndsEndStrings;

	private boolean inString;

	// characters of the current string so far, escapes included
	private long length;

	private boolean afterBackslash;

	// hex digits of a Unicode escape still to come
	private int hexDigitsLeft;

	private boolean afterHighSurrogate;

	private boolean dropping;

	private long cuts;

	/**
	 * @param lineEndsEndStrings whether a line end outside an escape ends a string, as in JSON
	 * Lines
	 */
	JsonStringCutter(Reader in, int maxChars, boolean lineEndsEndStrings) {
		super(in);
		if (maxChars < MIN_STRING_CHARS) {
			throw new IllegalArgumentException("strings are cut at " + MIN_STRING_CHARS + " characters or more: " + maxChars);
		}
		this.maxChars = maxChars;
		this.lineEndsEndStrings = lineEndsEndStrings;
	}

	/** @return how many strings were cut so far */
	long cuts() {
		return this.cuts;
	}

	@Override
	public int read() throws IOException {
		char[] one = new char[1];
		return (read(one, 0, 1) < 0) ? -1 : one[0];
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		while (true) {
			int read = this.in.read(buffer, offset, length);
			if (read <= 0) {
				return read;
			}
			int kept = cut(buffer, offset, offset + read);
			if (kept > 0) {
				return kept;
			}
		}
	}

	/** Drops, in place, what lies beyond the limit in strings; @return the characters kept */
	private int cut(char[] buffer, int from, int to) {
		int out = from;
		for (int i = from; i < to; i++) {
			char c = buffer[i];
			if (this.inString ? inString(c) : startsString(c)) {
				buffer[out++] = c;
			}
		}
		return out - from;
	}

	private boolean startsString(char c) {
		if (c == '"') {
			this.inString = true;
			this.length = 0;
		}
		return true;
	}

	/** Follows the string's syntax through {@code c}; @return whether to keep it */
	private boolean inString(char c) {
		if (c == '"' && !this.afterBackslash && this.hexDigitsLeft == 0
				|| this.lineEndsEndStrings && (c == '\n' || c == '\r')) {
			this.inString = false;
			this.dropping = false;
			this.afterBackslash = false;
			this.hexDigitsLeft = 0;
			this.afterHighSurrogate = false;
			return true;
		}
		if (this.afterBackslash) {
			this.afterBackslash = false;
			this.hexDigitsLeft = (c == 'u') ? 4 : 0;
		}
		else if (this.hexDigitsLeft > 0) {
			this.hexDigitsLeft--;
		}
		else if (c == '\\') {
			this.afterBackslash = true;
		}
		if (this.dropping) {
			return false;
		}
		this.length++;
		boolean inEscape = this.afterBackslash || this.hexDigitsLeft > 0;
		this.afterHighSurrogate = Character.isHighSurrogate(c);
		if (this.length >= this.maxChars && !inEscape && !this.afterHighSurrogate) {
			this.dropping = true;
			this.cuts++;
		}
		return true;
	}

}
