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
 */
public record Taxonomy(double threshold, double titleWeight, int minMatches, Themes themes,
		Map<Theme, List<TaxonomyTerm>> terms) {

	public Taxonomy {
		Map<Theme, List<TaxonomyTerm>> copy = new LinkedHashMap<>();
		// in the themes' order, for whoever iterates
		for (Theme theme : themes.scored()) {
			copy.put(theme, List.copyOf(terms.getOrDefault(theme, List.of())));
		}
		terms = Map.copyOf(copy);
	}

	public List<TaxonomyTerm> termsOf(Theme theme) {
		return this.terms.getOrDefault(theme, List.of());
	}

}
