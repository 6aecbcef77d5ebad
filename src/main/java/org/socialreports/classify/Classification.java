package org.socialreports.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a post belongs where it does: its primary theme, the normalised score of every scored
 * theme, and the taxonomy terms (as written in the taxonomy) that matched for the primary
 * theme, strongest first.
 */
public record Classification(Theme theme, double score, Map<Theme, Double> scores, List<String> matchedTerms) {

	public Classification {
		scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
		matchedTerms = List.copyOf(matchedTerms);
	}

	public double scoreOf(Theme theme) {
		return this.scores.getOrDefault(theme, 0.0);
	}

}
