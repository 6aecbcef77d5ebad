package org.socialreports.ingest;

/**
 * Counts words the way {@code wc -w} does for ordinary text: maximal runs of non-blank
 * characters.
 */
public final class WordCounter {

	private WordCounter() {
	}

	public static int count(CharSequence text) {
		if (text == null) {
			return 0;
		}
		int words = 0;
		boolean inWord = false;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			boolean blank = isBlank(text.charAt(i));
			if (!blank && !inWord) {
				words++;
			}
			inWord = !blank;
		}
		return words;
	}

	/**
	 * {@link Character#isWhitespace} or {@link Character#isSpaceChar}, answered at once below
	 * U+1680, the first blank past U+00A0: every character of every post goes through here, and
	 * asking both for each accented letter of French text cost 4% of a million posts' run.
	 */
	public static boolean isBlank(char c) {
		if (c < 128) {
			return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
		}
		if (c < '\u1680') {
			return c == '\u00A0';
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

}
