package org.socialreports.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a post belongs where it does: its primary theme, the normalised score of every scored
 * theme, and what decided the primary theme (the taxonomy terms as written there, with their
 * weights, strongest first); or a person's decision ({@code jobs/overrides.csv}).
 *
 * @param classifiedTheme the classifier's theme when a person set another, else {@code null}
 */
public record Classification(Theme theme, double score, Map<Theme, Double> scores, List<String> matchedTerms,
		Theme classifiedTheme) {

	public Classification {
		scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
		matchedTerms = List.copyOf(matchedTerms);
	}

	/** The classifier's own decision. */
	public Classification(Theme theme, double score, Map<Theme, Double> scores, List<String> matchedTerms) {
		this(theme, score, scores, matchedTerms, null);
	}

	public double scoreOf(Theme theme) {
		return this.scores.getOrDefault(theme, 0.0);
	}

	/** Whether a person set the theme, rather than the classifier. */
	public boolean setByHand() {
		return this.classifiedTheme != null;
	}

}
