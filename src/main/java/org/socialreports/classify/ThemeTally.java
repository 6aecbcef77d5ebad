package org.socialreports.classify;

/**
 * What one post's matches add up to: the weight each term and each theme gathered and how
 * many occurrences each theme had. One per classification, so threads never share it.
 */
final class ThemeTally {

	private final double[] termWeights;

	private final double[] themeWeights = new double[Theme.values().length];

	private final int[] themeMatches = new int[Theme.values().length];

	ThemeTally(int termCount) {
		this.termWeights = new double[termCount];
	}

	void add(CompiledTerm term, double weight) {
		this.termWeights[term.index()] += weight;
		this.themeWeights[term.theme().ordinal()] += weight;
		this.themeMatches[term.theme().ordinal()]++;
	}

	double weightOf(CompiledTerm term) {
		return this.termWeights[term.index()];
	}

	double weightOf(Theme theme) {
		return this.themeWeights[theme.ordinal()];
	}

	int matchesOf(Theme theme) {
		return this.themeMatches[theme.ordinal()];
	}

}
