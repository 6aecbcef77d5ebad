package org.socialreports.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the classifier knows, as read from the taxonomy file: its settings, its themes and, per
 * theme, the terms that speak for it. {@link TaxonomyLoader} reads and checks the file.
 *
 * @param threshold the normalised score a theme needs for a post to get it
 * @param titleWeight how many times a match in the title counts compared with one in the body
 * @param minMatches how many term occurrences a theme needs: one word alone is weak evidence
 * @param themes the themes, in the file's order
 * @param terms the terms of each theme, in the file's order
 * @param nearWords how many words on either side of an occurrence its {@link TaxonomyTerm#notNear()} words
 * are looked for
 * @param passingMention when a theme's occurrences are a mere mention in a long post
 * @param contexts per theme that has one, the words without which its terms count only a fraction
 */
public record Taxonomy(double threshold, double titleWeight, int minMatches, Themes themes,
		Map<Theme, List<TaxonomyTerm>> terms, int nearWords, PassingMention passingMention,
		Map<Theme, Context> contexts) {

	/** Negative contexts are looked for within five words: the rest of a sentence, about. */
	public static final int NEAR_WORDS = 5;

	/**
	 * A theme named in passing: in a post of more than {@code longerThan} words, every
	 * occurrence of the theme's terms within {@code within} words of one another and none in the
	 * title; its weight then counts {@code counts} times (a fraction). Twitter named twice in the
	 * signature of a long post about something else does not make it a post about Twitter.
	 */
	public record PassingMention(int longerThan, int within, double counts) {

		/** No rule: a mention counts as any occurrence does. */
		public static final PassingMention NONE = new PassingMention(Integer.MAX_VALUE, 0, 1);

		boolean applies(int bodyWords, int firstOccurrence, int lastOccurrence, boolean inTitle) {
			return !inTitle && bodyWords > this.longerThan && firstOccurrence >= 0
					&& lastOccurrence - firstOccurrence < this.within;
		}

	}

	/**
	 * What a theme is about beyond its own terms: the words or phrases of which a post must name
	 * one for the theme's terms to count fully; in a post that names none, they count
	 * {@code otherwise} times (a fraction). Security terms in a post that names no social network
	 * are about security, not about social-network security.
	 */
	public record Context(List<String> words, double otherwise) {

		public Context {
			words = List.copyOf(words);
			if (words.isEmpty() || !(otherwise >= 0 && otherwise <= 1)) {
				throw new IllegalArgumentException("a context needs words, and a fraction from 0 to 1 for the posts without them");
			}
		}

	}

	/** A taxonomy without negative-context window or passing-mention rule of its own. */
	public Taxonomy(double threshold, double titleWeight, int minMatches, Themes themes,
			Map<Theme, List<TaxonomyTerm>> terms) {
		this(threshold, titleWeight, minMatches, themes, terms, NEAR_WORDS, PassingMention.NONE);
	}

	/** A taxonomy whose themes have no context. */
	public Taxonomy(double threshold, double titleWeight, int minMatches, Themes themes,
			Map<Theme, List<TaxonomyTerm>> terms, int nearWords, PassingMention passingMention) {
		this(threshold, titleWeight, minMatches, themes, terms, nearWords, passingMention, Map.of());
	}

	public Taxonomy {
		Map<Theme, List<TaxonomyTerm>> copy = new LinkedHashMap<>();
		// in the themes' order, for whoever iterates
		for (Theme theme : themes.scored()) {
			copy.put(theme, List.copyOf(terms.getOrDefault(theme, List.of())));
		}
		terms = Map.copyOf(copy);
		contexts = Map.copyOf(contexts);
	}

	public List<TaxonomyTerm> termsOf(Theme theme) {
		return this.terms.getOrDefault(theme, List.of());
	}

	/** The theme's context, or {@code null}: its terms count wherever they are. */
	public Context contextOf(Theme theme) {
		return this.contexts.get(theme);
	}

}
