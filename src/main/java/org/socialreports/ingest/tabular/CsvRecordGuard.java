package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Stands between a CSV file and Commons CSV, and hands it whole, well-formed records only, one
 * at a time, following the syntax Commons CSV's default format reads (RFC 4180: a field that
 * starts with a quote ends at a quote not doubled, which a separator, a line end or the end of
 * the file must follow, blanks allowed). For each record it hands over, or leaves out, it
 * queues an {@link Event} in file order: the record's first line and whether a field was cut,
 * or why the record was left out.
 * <p>
 * A field longer than {@code maxFieldChars} is cut to that length, its quotes kept, so the
 * record is kept with its structure; a record longer than four times that in all is left out.
 * A record that Commons CSV could not read (a character after a closing quote, a quote left
 * open to the end of the file) is left out, and so is one that a quote left open made swallow
 * the records after it before a later quote closed it cleanly: a quoted field holds a whole
 * line with as many separators as the header, and the record has another number of fields
 * than the header (a paragraph with a comma or two does not look like that). Reading resumes
 * on the line after the one the record started on: the lines it swallowed are read again as
 * the records they are, from memory when the record was short enough to keep, otherwise from
 * the file.
 */
final class CsvRecordGuard extends Reader {

	/** What became of one record of the file, in file order. */
	sealed interface Event permits Kept, Broken {

		/** @return the line the record starts on */
		long line();

	}

	/**
	 * @param cut whether one of its fields was cut to the limit
	 */
	record Kept(long line, boolean cut) implements Event {
	}

	record Broken(long line, String reason) implements Event {
	}

	/** Opens the file again from its start, for a record too long to read again from memory. */
	@FunctionalInterface
	interface Source {

		Reader open() throws IOException;

	}

	private static final int END = -1;

	private enum State {
		FIELD_START, PLAIN, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTE
	}

	private final Source source;

	private final char separator;

	private final int maxFieldChars;

	private final int maxRecordChars;

	private final Deque<Event> events = new ArrayDeque<>();

	private Reader in;

	private final char[] input = new char[8192];

	private int inputAt;

	private int inputEnd;

	private boolean endOfInput;

	// text read again after a broken record, before the rest of the input
	private char[] replay = new char[0];

	private int replayAt;

	// the line of the next character, counted as Commons CSV counts them (CR, LF, CRLF)
	private long line = 1;

	private boolean afterCarriageReturn;

	private int headerFields = -1;

	// what Commons CSV gets of the record being read, and how much of it it has read
	private StringBuilder record = new StringBuilder();

	private int handedOver;

	private long recordLine;

	private long quoteLine;

	private int fields;

	private int fieldChars;

	private boolean dropping;

	private boolean cut;

	private boolean tooLong;

	private boolean multiLine;

	// a whole line inside a quoted field with as many separators as the header: a record that
	// an open quote swallowed
	private boolean swallowedRecord;

	private boolean lineEndInField;

	private int separatorsInLine;

	// all the record's text, once it differs from what Commons CSV gets (it is that until then)
	private StringBuilder raw;

	private boolean rawLost;

	// characters of the record read so far, and where its second line starts among them
	private long consumed;

	private long secondLineAt;

	/**
	 * @param in the file's text, from its first character
	 * @param source the same text again, for a broken record too long to read again from memory
	 * @param separator the field separator
	 * @param maxFieldChars the most characters kept of one field
	 */
	CsvRecordGuard(Reader in, Source source, char separator, int maxFieldChars) {
		this.in = in;
		this.source = source;
		this.separator = separator;
		this.maxFieldChars = maxFieldChars;
		this.maxRecordChars = 4 * maxFieldChars;
	}

	/** The events of the records read so far and not yet taken, in file order. */
	Deque<Event> events() {
		return this.events;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (this.handedOver >= this.record.length()) {
			if (!readRecord()) {
				return -1;
			}
		}
		int count = Math.min(length, this.record.length() - this.handedOver);
		this.record.getChars(this.handedOver, this.handedOver + count, buffer, offset);
		this.handedOver += count;
		return count;
	}

	/** Reads records until one is kept; @return false at the end of the input */
	private boolean readRecord() throws IOException {
		if (this.record.capacity() > 8 * this.input.length) {
			// the last record was huge: do not hold its room for the small ones after it
			this.record = new StringBuilder();
		}
		while (true) {
			this.record.setLength(0);
			this.handedOver = 0;
			long start = this.line;
			this.consumed = 0;
			this.secondLineAt = -1;
			this.raw = null;
			this.rawLost = false;
			int c = next();
			if (c == END) {
				return false;
			}
			Event event = readRecord(start, c);
			this.events.add(event);
			if (event instanceof Kept) {
				return true;
			}
		}
	}

	private Event readRecord(long start, int first) throws IOException {
		this.recordLine = start;
		this.fields = 1;
		this.fieldChars = 0;
		this.dropping = false;
		this.cut = false;
		this.tooLong = false;
		this.multiLine = false;
		this.swallowedRecord = false;
		State state = State.FIELD_START;
		int c = first;
		while (true) {
			switch (state) {
				case FIELD_START -> {
					if (c == END || c == '\r' || c == '\n') {
						return endOfRecord(c);
					}
					keep((char) c);
					if (c == this.separator) {
						nextField();
					}
					else if (c == '"') {
						this.quoteLine = this.line;
						this.lineEndInField = false;
						this.separatorsInLine = 0;
						state = State.QUOTED;
					}
					else {
						state = State.PLAIN;
						countContent((char) c);
					}
				}
				case PLAIN -> {
					if (c == END || c == '\r' || c == '\n') {
						return endOfRecord(c);
					}
					if (c == this.separator) {
						keep((char) c);
						nextField();
						state = State.FIELD_START;
					}
					else if (!this.dropping) {
						keep((char) c);
						countContent((char) c);
					}
				}
				case QUOTED -> {
					if (c == END) {
						return broken("quote opened at line " + this.quoteLine + " never closed");
					}
					if (c == '\r' || c == '\n') {
						lineEndInQuotes();
					}
					else if (c == this.separator) {
						this.separatorsInLine++;
					}
					if (c == '"') {
						// the closing quote, or the first of a doubled one: kept now unless the
						// value is being dropped, in which case only a closing one is kept
						if (!this.dropping) {
							keep('"');
						}
						state = State.QUOTE_IN_QUOTED;
					}
					else if (!this.dropping) {
						keep((char) c);
						countContent((char) c);
					}
				}
				case QUOTE_IN_QUOTED -> {
					if (c == '"') {
						// a doubled quote, one quote of the value: the pair is kept or dropped whole
						if (!this.dropping) {
							keep('"');
							countContent('"');
						}
						state = State.QUOTED;
					}
					else {
						if (this.dropping) {
							keep('"');
						}
						state = State.AFTER_QUOTE;
						continue;
					}
				}
				case AFTER_QUOTE -> {
					if (c == END || c == '\r' || c == '\n') {
						return endOfRecord(c);
					}
					if (c == this.separator) {
						keep((char) c);
						nextField();
						state = State.FIELD_START;
					}
					else if (Character.isWhitespace((char) c)) {
						keep((char) c);
					}
					else {
						keep((char) c);
						return broken(String.format(Locale.ROOT,
								"'%s' after the closing quote of field %d at line %d, where a separator or a line end must follow",
								printable((char) c), this.fields, this.line));
					}
				}
			}
			if (state == State.PLAIN || state == State.QUOTED) {
				takeRun(state == State.QUOTED);
			}
			c = next();
		}
	}

	/**
	 * Takes in one go the characters of a value that need no look, up to the next separator,
	 * quote or line end in the buffer, or up to the limit: most of the text.
	 */
	private void takeRun(boolean quoted) {
		if (this.replayAt < this.replay.length) {
			return;
		}
		boolean keeping = !this.dropping && !this.tooLong;
		int room = keeping ? Math.min(this.maxFieldChars - 1 - this.fieldChars, this.maxRecordChars - this.record.length())
				: Integer.MAX_VALUE;
		int end = (int) Math.min(this.inputEnd, (long) this.inputAt + Math.max(room, 0));
		char[] text = this.input;
		char separator = this.separator;
		int at = this.inputAt;
		if (quoted) {
			int separators = 0;
			for (char c; at < end && (c = text[at]) != '"' && c != '\r' && c != '\n'; at++) {
				if (c == separator) {
					separators++;
				}
			}
			this.separatorsInLine += separators;
		}
		else {
			for (char c; at < end && (c = text[at]) != separator && c != '\r' && c != '\n'; at++) {
				// a plain value ends at a separator or a line end
			}
		}
		int length = at - this.inputAt;
		if (length == 0) {
			return;
		}
		if (keeping) {
			this.record.append(text, this.inputAt, length);
			this.fieldChars += length;
		}
		if (this.raw != null) {
			this.raw.append(text, this.inputAt, length);
			if (this.raw.length() > this.maxRecordChars) {
				this.raw = null;
				this.rawLost = true;
			}
		}
		this.consumed += length;
		this.inputAt = at;
		this.afterCarriageReturn = false;
	}

	private void lineEndInQuotes() {
		if (this.lineEndInField && this.separatorsInLine == this.headerFields - 1 && this.separatorsInLine > 0) {
			this.swallowedRecord = true;
		}
		this.lineEndInField = true;
		this.separatorsInLine = 0;
		this.multiLine = true;
	}

	private void nextField() {
		this.fields++;
		this.fieldChars = 0;
		this.dropping = false;
	}

	/** Counts a character of a field's value, kept already, and cuts the value at the limit. */
	private void countContent(char c) {
		this.fieldChars++;
		if (this.fieldChars >= this.maxFieldChars && !Character.isHighSurrogate(c)) {
			this.dropping = true;
			this.cut = true;
			diverge();
		}
	}

	/** A character Commons CSV gets, the last one read unless the record diverged already. */
	private void keep(char c) {
		if (this.tooLong) {
			return;
		}
		this.record.append(c);
		if (this.record.length() > this.maxRecordChars) {
			this.tooLong = true;
			diverge();
		}
	}

	// From now on Commons CSV does not get all the record's text: it is kept apart, for a
	// reading again.
	private void diverge() {
		if (this.raw == null && !this.rawLost) {
			this.raw = new StringBuilder(this.record);
		}
	}

	/** The end of the record, at {@code c}: a line end, or the end of the input. */
	private Event endOfRecord(int c) throws IOException {
		long lastLine = this.line;
		if (c == '\r' && peek() == '\n') {
			lastLine--;
			keep('\r');
			keep((char) next());
		}
		else if (c != END) {
			// a lone CR is handed over as LF: with a broken record left out after it, an LF
			// starting the next record would make a CRLF of them, and one record of two
			lastLine--;
			keep('\n');
		}
		if (this.swallowedRecord && this.fields != this.headerFields) {
			return broken(String.format(Locale.ROOT,
					"quote not closed where expected: the record runs to line %d with %d fields where the header has %d",
					lastLine, this.fields, this.headerFields));
		}
		if (this.tooLong) {
			// well-formed, only too long: reading goes on after it
			return new Broken(this.recordLine, String.format(Locale.ROOT,
					"record too long (more than %,d characters, lines %d-%d), left out", this.maxRecordChars,
					this.recordLine, lastLine));
		}
		if (this.headerFields < 0) {
			this.headerFields = this.fields;
		}
		return new Kept(this.recordLine, this.cut);
	}

	/**
	 * Leaves the record out, and reads again from the start of its second line; or goes on
	 * after the end of its line when it has only one.
	 */
	private Broken broken(String reason) throws IOException {
		Broken broken = new Broken(this.recordLine,
				reason + "; record left out, reading resumes at line " + (this.recordLine + 1));
		if (!this.multiLine) {
			skipRestOfLine();
		}
		else if (this.raw != null) {
			replay(this.raw);
		}
		else if (!this.rawLost) {
			replay(this.record);
		}
		else {
			reopenAtLine(this.recordLine + 1);
		}
		return broken;
	}

	private void skipRestOfLine() throws IOException {
		long start = this.line;
		while (this.line == start && next() != END) {
			// the rest of the broken record's line
		}
		if (this.afterCarriageReturn && peek() == '\n') {
			next();
		}
	}

	/** Puts the record's text from its second line on before what is left to read. */
	private void replay(CharSequence text) {
		int from = (int) this.secondLineAt;
		int length = text.length() - from;
		int left = this.replay.length - this.replayAt;
		char[] again = new char[length + left];
		text.toString().getChars(from, text.length(), again, 0);
		System.arraycopy(this.replay, this.replayAt, again, length, left);
		this.replay = again;
		this.replayAt = 0;
		this.line = this.recordLine + 1;
		this.afterCarriageReturn = false;
		this.raw = null;
	}

	private void reopenAtLine(long target) throws IOException {
		this.in.close();
		this.in = this.source.open();
		this.inputAt = 0;
		this.inputEnd = 0;
		this.endOfInput = false;
		this.replay = new char[0];
		this.replayAt = 0;
		this.line = 1;
		this.afterCarriageReturn = false;
		this.raw = null;
		while (this.line < target && next() != END) {
			// read before the broken record
		}
		if (this.afterCarriageReturn && peek() == '\n') {
			next();
		}
	}

	private int peek() throws IOException {
		if (this.replayAt < this.replay.length) {
			return this.replay[this.replayAt];
		}
		if (this.inputAt >= this.inputEnd && !fill()) {
			return END;
		}
		return this.input[this.inputAt];
	}

	/** The next character, with the line count and the record's own text kept up to date. */
	private int next() throws IOException {
		int c;
		if (this.replayAt < this.replay.length) {
			c = this.replay[this.replayAt++];
		}
		else if (this.inputAt < this.inputEnd || fill()) {
			c = this.input[this.inputAt++];
		}
		else {
			return END;
		}
		this.consumed++;
		if (c == '\r' || (c == '\n' && !this.afterCarriageReturn)) {
			this.line++;
			if (this.secondLineAt < 0) {
				this.secondLineAt = this.consumed;
			}
		}
		else if (c == '\n' && this.secondLineAt == this.consumed - 1) {
			// the LF of the CRLF that ended the record's first line
			this.secondLineAt = this.consumed;
		}
		this.afterCarriageReturn = c == '\r';
		if (this.raw != null) {
			this.raw.append((char) c);
			if (this.raw.length() > this.maxRecordChars) {
				this.raw = null;
				this.rawLost = true;
			}
		}
		return c;
	}

	private boolean fill() throws IOException {
		while (!this.endOfInput) {
			int read = this.in.read(this.input, 0, this.input.length);
			if (read < 0) {
				this.endOfInput = true;
			}
			else if (read > 0) {
				this.inputAt = 0;
				this.inputEnd = read;
				return true;
			}
		}
		return false;
	}

	private static String printable(char c) {
		return Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c);
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
