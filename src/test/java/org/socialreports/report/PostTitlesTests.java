package org.socialreports.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostTitlesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Société Générale : 1 an après Kerviel | Société Générale : 1 an après Kerviel
			(untitled)                          | –
			'   '                               | –
			null                                | –
			""")
	void aPostWithoutATitleIsNeverShownAsUntitled(String title, String shown) {
		assertThat(PostTitles.shown(title)).isEqualTo(shown);
		assertThat(PostTitles.of(title)).isEqualTo(shown);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Notre nouvelle campagne sur Twitter démarre demain, suivez le fil et dites-nous ce que vous en pensez, vraiment | Notre nouvelle campagne sur Twitter démarre demain, suivez le fil et dites-nous ce que…
			""")
	void aLongTitleIsQuotedByItsStartCutBetweenWords(String title, String shown) {
		assertThat(PostTitles.shown(title)).isEqualTo(shown).hasSizeLessThanOrEqualTo(PostTitles.QUOTED_CHARS);
		assertThat(PostTitles.of(title)).isEqualTo(title);
	}

}
