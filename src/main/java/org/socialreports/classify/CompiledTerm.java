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
 */
record CompiledTerm(int index, Theme theme, int themeIndex, String text, double weight, int[] words) {

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
