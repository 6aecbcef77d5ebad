package org.socialreports.classify;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the classifier knows, as read from the taxonomy file: its settings and, per scored
 * theme, the terms that speak for it. {@link TaxonomyLoader} reads and checks the file.
 *
 * @param threshold the normalised score a theme needs for a post to get it
 * @param titleWeight how many times a match in the title counts compared with one in the body
 * @param minMatches how many term occurrences a theme needs: one word alone is weak evidence
 * @param terms the terms of each scored theme, in the file's order
 */
public record Taxonomy(double threshold, double titleWeight, int minMatches, Map<Theme, List<TaxonomyTerm>> terms) {

	public Taxonomy {
		Map<Theme, List<TaxonomyTerm>> copy = new EnumMap<>(Theme.class);
		terms.forEach((theme, list) -> copy.put(theme, List.copyOf(list)));
		// an EnumMap keeps the themes in report order for whoever iterates
		terms = Collections.unmodifiableMap(copy);
	}

	public List<TaxonomyTerm> termsOf(Theme theme) {
		return this.terms.getOrDefault(theme, List.of());
	}

}
