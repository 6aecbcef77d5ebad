package org.socialreports.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What one post's matches add up to: the weight each term and each theme gathered and how
 * many occurrences each theme had. One per classification, so threads never share it.
 * <p>
 * Only the terms that occur are kept, a handful in a post: an array over every term of the
 * taxonomy, made for each post, was 4% of all the memory a million posts allocated.
 */
final class ThemeTally {

	private CompiledTerm[] terms = new CompiledTerm[8];

	private double[] termWeights = new double[8];

	private int termCount;

	private final double[] themeWeights;

	private final int[] themeMatches;

	// where in the body each theme's occurrences began and ended, and whether the title had one
	private final int[] firstInBody;

	private final int[] lastInBody;

	private final boolean[] inTitle;

	/** @param themes how many themes the taxonomy has */
	ThemeTally(int themes) {
		this.themeWeights = new double[themes];
		this.themeMatches = new int[themes];
		this.firstInBody = new int[themes];
		this.lastInBody = new int[themes];
		this.inTitle = new boolean[themes];
		Arrays.fill(this.firstInBody, -1);
	}

	/**
	 * @param position the occurrence's word in its text
	 * @param title whether the text is the title
	 */
	void add(CompiledTerm term, double weight, int position, boolean title) {
		int theme = term.themeIndex();
		if (title) {
			this.inTitle[theme] = true;
		}
		else {
			if (this.firstInBody[theme] < 0) {
				this.firstInBody[theme] = position;
			}
			this.lastInBody[theme] = position;
		}
		add(term, weight);
	}

	void add(CompiledTerm term, double weight) {
		int at = indexOf(term);
		if (at < 0) {
			if (this.termCount == this.terms.length) {
				this.terms = Arrays.copyOf(this.terms, 2 * this.termCount);
				this.termWeights = Arrays.copyOf(this.termWeights, 2 * this.termCount);
			}
			at = this.termCount++;
			this.terms[at] = term;
		}
		this.termWeights[at] += weight;
		this.themeWeights[term.themeIndex()] += weight;
		this.themeMatches[term.themeIndex()]++;
	}

	double weightOf(CompiledTerm term) {
		int at = indexOf(term);
		return (at < 0) ? 0 : this.termWeights[at];
	}

	double weightOf(int themeIndex) {
		return this.themeWeights[themeIndex];
	}

	int matchesOf(int themeIndex) {
		return this.themeMatches[themeIndex];
	}

	/** Whether the theme's occurrences are a mere mention of the post, as the rule defines one. */
	boolean passingMention(int themeIndex, int bodyWords, Taxonomy.PassingMention rule) {
		return rule.applies(bodyWords, this.firstInBody[themeIndex], this.lastInBody[themeIndex],
				this.inTitle[themeIndex]);
	}

	/**
	 * The terms of {@code theme} that gathered weight, the heaviest first, equal ones in the
	 * taxonomy's order.
	 */
	List<CompiledTerm> heaviestOf(Theme theme) {
		List<Integer> matched = new ArrayList<>();
		for (int at = 0; at < this.termCount; at++) {
			if (this.terms[at].theme() == theme && this.termWeights[at] > 0) {
				matched.add(at);
			}
		}
		matched.sort(Comparator.comparingDouble((Integer at) -> -this.termWeights[at])
			.thenComparingInt((at) -> this.terms[at].index()));
		List<CompiledTerm> heaviest = new ArrayList<>(matched.size());
		for (int at : matched) {
			heaviest.add(this.terms[at]);
		}
		return heaviest;
	}

	private int indexOf(CompiledTerm term) {
		for (int at = 0; at < this.termCount; at++) {
			if (this.terms[at].index() == term.index()) {
				return at;
			}
		}
		return -1;
	}

}
