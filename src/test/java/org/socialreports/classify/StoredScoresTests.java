package org.socialreports.classify;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredScoresTests {

	@Test
	void keepsTheFourDecimalsTheReportsShowAndLeavesOutWhatRoundsToNothing() {
		Map<Theme, Double> scores = new LinkedHashMap<>();
		scores.put(ShippedThemes.TWITTER_USAGE, 0.8123456789012345);
		scores.put(ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.00004999);
		scores.put(ShippedThemes.CORPORATE_BLOGGING, 3.36339);
		scores.put(ShippedThemes.CRISIS_COMMUNICATION, 0.0);

		String stored = StoredScores.encode(scores);

		assertThat(stored).isEqualTo("twitter-usage=0.8123 corporate-blogging=3.3634");
		assertThat(StoredScores.decode(stored, ShippedThemes.THEMES)).containsExactly(
				Map.entry(ShippedThemes.TWITTER_USAGE, 0.8123), Map.entry(ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.0),
				Map.entry(ShippedThemes.CORPORATE_BLOGGING, 3.3634), Map.entry(ShippedThemes.CRISIS_COMMUNICATION, 0.0));
	}

}
