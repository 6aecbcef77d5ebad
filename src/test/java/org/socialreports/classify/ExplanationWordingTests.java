package org.socialreports.classify;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationWordingTests {

	private static final ExplanationWording FRENCH = new ExplanationWording("appris", "termes de la taxonomie", ',');

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			twitter (3)                    | twitter (3)
			twitter (1.5)                  | twitter (1,5)
			communication de crise (6)     | communication de crise (6)
			twit (learned 0.84)            | twit (appris 0,84)
			taxonomy terms (learned 2.58)  | termes de la taxonomie (appris 2,58)
			taxonomy terms (3)             | taxonomy terms (3)
			retweet (learned -0.12)        | retweet (appris -0,12)
			no weight at all               | no weight at all
			(learned 1.00)                 | (learned 1.00)
			""")
	void aStoredItemReadsInTheReportsLanguage(String stored, String french) {
		assertThat(FRENCH.of(stored)).isEqualTo(french);
	}

	@Test
	void theStoredWordingIsWhatTheClassifierWrites() {
		assertThat(ExplanationWording.stored("twit", "0.84", true)).isEqualTo("twit (learned 0.84)");
		assertThat(ExplanationWording.stored("twitter", "3", false)).isEqualTo("twitter (3)");
		List<String> stored = List.of("twitter (3)", "taxonomy terms (learned 2.00)");
		assertThat(ExplanationWording.STORED.of(stored)).isSameAs(stored);
		assertThat(new ExplanationWording("learned", "taxonomy terms", '.').of(stored)).isEqualTo(stored);
	}

	@Test
	void everyItemOfAnExplanationInItsOrder() {
		assertThat(FRENCH.of(List.of("tweet (6)", "taxonomy terms (learned 2.00)", "hashtag (learned 1.16)")))
			.containsExactly("tweet (6)", "termes de la taxonomie (appris 2,00)", "hashtag (appris 1,16)");
	}

}
