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
		for (int i = 0; i < text.length(); i++) {
			boolean blank = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
			if (!blank && !inWord) {
				words++;
			}
			inWord = !blank;
		}
		return words;
	}

}
