package org.socialreports.classify;

/**
 * A theme's {@link Taxonomy.Context} compiled for one language: its words and phrases as
 * vocabulary ids, looked up by their first word, so that finding whether a text names one
 * costs one array read per word of the text.
 */
final class CompiledContext {

	private final int[][] phrases;

	/** Per vocabulary id up to the largest first word, whether a phrase starts with it. */
	private final boolean[] starts;

	private final double otherwise;

	/**
	 * @param phrases the context's words and phrases as vocabulary ids
	 * @param otherwise what the theme's terms count in a text that names none
	 */
	CompiledContext(int[][] phrases, double otherwise) {
		this.phrases = phrases;
		int largestFirst = 0;
		for (int[] phrase : phrases) {
			largestFirst = Math.max(largestFirst, phrase[0]);
		}
		this.starts = new boolean[largestFirst + 1];
		for (int[] phrase : phrases) {
			this.starts[phrase[0]] = true;
		}
		this.otherwise = otherwise;
	}

	double otherwise() {
		return this.otherwise;
	}

	/** Whether one of the texts names one of the context's words or phrases. */
	boolean namedIn(int[]... texts) {
		for (int[] text : texts) {
			for (int i = 0; i < text.length; i++) {
				if (text[i] >= 0 && text[i] < this.starts.length && this.starts[text[i]] && phraseAt(text, i)) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean phraseAt(int[] text, int at) {
		for (int[] phrase : this.phrases) {
			if (at + phrase.length <= text.length && CompiledTerm.matches(phrase, text, at)) {
				return true;
			}
		}
		return false;
	}

}
