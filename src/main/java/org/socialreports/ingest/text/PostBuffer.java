package org.socialreports.ingest.text;

import java.util.regex.Pattern;

import org.socialreports.ingest.WordCounter;

/**
 * The lines of the post being read, until its footer arrives: the first non-blank line is the
 * title, the rest the body. Leading and trailing blank lines of the body are dropped, blank
 * lines between paragraphs are kept (as empty lines).
 */
final class PostBuffer {

	/** Tags and blanks, nothing else: {@code </span>}, {@code </div>}. */
	private static final Pattern MARKUP_ONLY = Pattern.compile("(?:\\s*</?[A-Za-z][^<>]*>)*\\s*");

	private final int maxChars;

	private final StringBuilder body = new StringBuilder();

	private String title;

	private long titleLine;

	private long lastLine;

	private int blankLinesAfterBody;

	// Where the body ended before its last line, to take a repeated title off its end.
	private int endBeforeLastLine;

	// As read: stripped only when the footer asks, not for every line (a copy of each line with
	// blanks at either end, 1 GB at a million synthetic posts)
	private String lastText;

	private long chars;

	private boolean overflowed;

	/**
	 * @param maxChars how many characters a post may hold; past it the body is dropped, so that
	 * a file without footers cannot fill the memory
	 */
	PostBuffer(int maxChars) {
		this.maxChars = maxChars;
	}

	void add(long number, String line) {
		boolean blank = isBlank(line);
		if (this.title == null) {
			// a dump of a page's source opens and closes posts with lines of tags: no title
			if (!blank && !MARKUP_ONLY.matcher(line).matches()) {
				this.title = strip(line);
				this.titleLine = number;
				this.lastLine = number;
				count(this.title.length());
			}
			return;
		}
		if (blank) {
			this.blankLinesAfterBody++;
			return;
		}
		this.lastLine = number;
		int end = endWithoutTrailingBlanks(line);
		count(end + this.blankLinesAfterBody + 1);
		this.lastText = line;
		if (!this.overflowed) {
			this.endBeforeLastLine = this.body.length();
			if (!this.body.isEmpty()) {
				this.body.append("\n".repeat(this.blankLinesAfterBody + 1));
			}
			this.body.append(line, 0, end);
		}
		this.blankLinesAfterBody = 0;
	}

	private void count(int length) {
		this.chars += length;
		if (this.chars > this.maxChars && !this.overflowed) {
			this.overflowed = true;
			this.body.setLength(0);
			this.body.trimToSize();
		}
	}

	boolean hasTitle() {
		return this.title != null;
	}

	String title() {
		return this.title;
	}

	long titleLine() {
		return this.titleLine;
	}

	/** The number of the last non-blank line added. */
	long lastLine() {
		return this.lastLine;
	}

	String body() {
		return this.body.toString();
	}

	/**
	 * @param line a line the body may end with
	 * @return the body without that last line (and the blank lines before it), when it ends
	 * with it
	 */
	String bodyWithoutTrailing(String line) {
		if (this.body.isEmpty() || !line.equals(strip(this.lastText))) {
			return body();
		}
		return this.body.substring(0, this.endBeforeLastLine);
	}

	/** Whether the post went past the size limit, which dropped its body. */
	boolean overflowed() {
		return this.overflowed;
	}

	void clear() {
		this.body.setLength(0);
		if (this.body.capacity() > 64 * 1024) {
			this.body.trimToSize();
		}
		this.title = null;
		this.titleLine = 0;
		this.lastLine = 0;
		this.blankLinesAfterBody = 0;
		this.endBeforeLastLine = 0;
		this.lastText = null;
		this.chars = 0;
		this.overflowed = false;
	}

	// NBSP-only lines are blank too: HTML-to-text dumps turn "<p>&nbsp;</p>" into them. By
	// char rather than code point: no character outside the basic plane is blank.
	static boolean isBlank(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (!WordCounter.isBlank(line.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static String strip(String line) {
		return stripTrailing(line.substring(firstNonSpace(line)));
	}

	private static String stripTrailing(String line) {
		return line.substring(0, endWithoutTrailingBlanks(line));
	}

	private static int endWithoutTrailingBlanks(String line) {
		int end = line.length();
		while (end > 0 && WordCounter.isBlank(line.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	private static int firstNonSpace(String line) {
		int start = 0;
		while (start < line.length() && WordCounter.isBlank(line.charAt(start))) {
			start++;
		}
		return start;
	}

}
