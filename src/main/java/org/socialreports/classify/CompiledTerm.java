package org.socialreports.classify;

/**
 * A taxonomy term once analysed: its words as ids of the {@link TaxonomyIndex} vocabulary.
 *
 * @param index the term's position among all the taxonomy's terms
 * @param theme the theme it speaks for
 * @param themeIndex the theme's position among the taxonomy's themes
 * @param text the term as written in the taxonomy
 * @param weight its weight
 * @param words the ids of its analysed words, one for a single word, more for a phrase
 * @param notNear the ids of the words (or phrases) near which it does not count
 */
record CompiledTerm(int index, Theme theme, int themeIndex, String text, double weight, int[] words,
		int[][] notNear) {

	CompiledTerm(int index, Theme theme, int themeIndex, String text, double weight, int[] words) {
		this(index, theme, themeIndex, text, weight, words, new int[0][]);
	}

	/** Whether one of the words near which it does not count is within {@code window} words of its occurrence. */
	boolean notNearAt(int[] text, int start, int window) {
		if (this.notNear.length == 0) {
			return false;
		}
		int from = Math.max(0, start - window);
		int to = Math.min(text.length, start + this.words.length + window);
		for (int[] near : this.notNear) {
			for (int at = from; at + near.length <= to; at++) {
				if (matches(near, text, at)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the phrase's words stand in the text from {@code at} on; the caller knows they fit. */
	static boolean matches(int[] phrase, int[] text, int at) {
		for (int i = 0; i < phrase.length; i++) {
			if (text[at + i] != phrase[i]) {
				return false;
			}
		}
		return true;
	}


	boolean matchesAt(int[] text, int start) {
		if (start + this.words.length > text.length) {
			return false;
		}
		for (int i = 1; i < this.words.length; i++) {
			if (text[start + i] != this.words[i]) {
				return false;
			}
		}
		// the first word is what indexed the term, so it is known to match
		return true;
	}

}
