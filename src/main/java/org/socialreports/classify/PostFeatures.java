package org.socialreports.classify;

/**
 * The words of one post that a {@link ThemeModel} knows, each with its value: counted, then
 * weighed by its idf and scaled to length 1. One per thread, reused from post to post, so that
 * scoring a post allocates nothing: the counts live in an array over the whole vocabulary, and
 * only the words the post has are visited and reset.
 */
final class PostFeatures {

	private final double[] counts;

	private final int[] words;

	private final double[] values;

	private int count;

	/** @param vocabulary how many words the model knows */
	PostFeatures(int vocabulary) {
		this.counts = new double[vocabulary];
		this.words = new int[vocabulary];
		this.values = new double[vocabulary];
	}

	/** Forgets the previous post. */
	void start() {
		this.count = 0;
	}

	/**
	 * Counts the words of a text.
	 *
	 * @param text the text's words as vocabulary ids of the {@link TaxonomyIndex}
	 * @param featureOfWord per vocabulary id, the model's word, or -1
	 * @param weight what one occurrence counts
	 */
	void add(int[] text, int[] featureOfWord, double weight) {
		for (int id : text) {
			if (id < 0) {
				continue;
			}
			int word = featureOfWord[id];
			if (word < 0) {
				continue;
			}
			if (this.counts[word] == 0) {
				this.words[this.count++] = word;
			}
			this.counts[word] += weight;
		}
	}

	/** Turns the counts into values, count times idf over the length of the whole, and clears the counts. */
	void weigh(double[] idf) {
		double squares = 0;
		for (int i = 0; i < this.count; i++) {
			int word = this.words[i];
			double value = this.counts[word] * idf[word];
			this.values[i] = value;
			this.counts[word] = 0;
			squares += value * value;
		}
		if (squares > 0) {
			double length = Math.sqrt(squares);
			for (int i = 0; i < this.count; i++) {
				this.values[i] /= length;
			}
		}
	}

	/** How many distinct known words the post has. */
	int count() {
		return this.count;
	}

	int word(int i) {
		return this.words[i];
	}

	double value(int i) {
		return this.values[i];
	}

}
