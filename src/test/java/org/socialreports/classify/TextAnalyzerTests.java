package org.socialreports.classify;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTests {

	private static final TextAnalyzer analyzer = TextAnalyzer.french();

	@AfterAll
	static void close() {
		analyzer.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "l’utilisation", "l'utilisation", "L’Utilisation", "L'UTILISATION", "utilisations" })
	void elidesArticlesWithEitherApostrophe(String text) {
		assertThat(analyzer.analyze(text)).containsExactly("util");
	}

	@Test
	void keepsWordsThatOnlyLookElided() {
		assertThat(analyzer.analyze("aujourd’hui")).containsExactly("aujourd'hui");
	}

	@ParameterizedTest
	@CsvSource({ "sécurité, securite", "Sécurité, SECURITE", "crises, crise", "tweets, tweet", "tweeter, tweet",
			"blogs, blog", "followers, follower", "données, donnees", "hameçonnage, hameconnage" })
	void inflectionsAccentsAndCaseMeet(String one, String other) {
		assertThat(analyzer.analyze(one)).isNotEmpty().isEqualTo(analyzer.analyze(other));
	}

	@Test
	void dropsFrenchAndEnglishStopWordsWithOrWithoutAccents() {
		assertThat(analyzer.analyze("la communication de crise")).containsExactly("comunic", "cris");
		assertThat(analyzer.analyze("the communication of the crisis")).containsExactly("comunic", "crisi");
		assertThat(analyzer.analyze("à étaient etaient même meme")).isEmpty();
	}

	@Test
	void dropsEnglishPossessives() {
		assertThat(analyzer.analyze("the company's reputation")).isEqualTo(analyzer.analyze("company reputation"));
	}


	@ParameterizedTest
	@CsvSource({ "blogs, blog", "tweets, tweet", "communities, community", "companies, company" })
	void englishTextIsStemmedAsEnglish(String one, String stem) {
		try (TextAnalyzer english = TextAnalyzer.english()) {
			assertThat(english.analyze(one)).containsExactly(stem);
		}
	}

	@Test
	void frenchAndEnglishStemmingDiffer() {
		try (TextAnalyzer english = TextAnalyzer.english()) {
			assertThat(english.analyze("communication")).containsExactly("communication");
			assertThat(analyzer.analyze("communication")).containsExactly("comunic");
		}
	}

}
