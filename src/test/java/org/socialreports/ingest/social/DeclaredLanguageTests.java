package org.socialreports.ingest.social;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredLanguageTests {

	@ParameterizedTest
	@CsvSource(nullValues = "null", textBlock = """
			fr,      fr
			en-US,   en
			pt_BR,   pt
			FR,      fr
			fil,     fil
			und,     null
			zxx,     null
			mul,     null
			qme,     null
			qht,     null
			'',      null
			null,    null
			english, null
			""")
	void aTagIsItsPrimaryLanguageAndCodesOfNoLanguageAreNone(String tag, String language) {
		assertThat(DeclaredLanguage.of(tag)).isEqualTo(language);
	}

}
