package org.socialreports.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a post's scores are kept in one column, whatever the number of themes the taxonomy
 * defines: {@code twitter-usage=0.51 crisis-communication=0.12}, the themes that scored only,
 * each to the four decimals the reports show. In full, the probabilities a theme model gives
 * every theme of every post took 170 characters a post: 200 MB more in a database of a million
 * posts, and a fifth of the run's time to store and read back.
 */
final class StoredScores {

	/** Four decimals, as {@code posts.csv} and the workbook show a score. */
	private static final double SHOWN = 10_000;

	private StoredScores() {
	}

	static String encode(Map<Theme, Double> scores) {
		StringBuilder stored = new StringBuilder();
		scores.forEach((theme, score) -> {
			double shown = Math.round(score * SHOWN) / SHOWN;
			if (shown != 0) {
				if (stored.length() > 0) {
					stored.append(' ');
				}
				stored.append(theme.id()).append('=').append(shown);
			}
		});
		return stored.toString();
	}

	/** The scores of every theme of {@code themes}, those not stored at zero. */
	static Map<Theme, Double> decode(String stored, Themes themes) {
		Map<Theme, Double> scores = new LinkedHashMap<>();
		for (Theme theme : themes.scored()) {
			scores.put(theme, 0.0);
		}
		if (stored == null || stored.isEmpty()) {
			return scores;
		}
		int start = 0;
		while (start < stored.length()) {
			int end = stored.indexOf(' ', start);
			if (end < 0) {
				end = stored.length();
			}
			int equals = stored.indexOf('=', start);
			// a theme the taxonomy no longer defines keeps its score, under its id
			scores.put(themes.fromId(stored.substring(start, equals)),
					Double.parseDouble(stored.substring(equals + 1, end)));
			start = end + 1;
		}
		return scores;
	}

}
