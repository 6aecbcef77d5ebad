package org.socialreports.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.socialreports.DefaultLocale;

import static org.assertj.core.api.Assertions.assertThat;

// a German machine must not change what the English or French report says
@DefaultLocale("de-DE")
class ReportWordsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | 0    | 0 posts
			en | 1    | 1 post
			en | 2    | 2 posts
			en | 1234 | 1,234 posts
			fr | 0    | 0 billet
			fr | 1    | 1 billet
			fr | 2    | 2 billets
			fr | 1234 | 1 234 billets
			""")
	void countsTakeTheLanguagesPluralRules(String language, long count, String expected) {
		assertThat(new ReportWords(Locale.forLanguageTag(language)).posts(count).replace('\u202F', ' ')
			.replace('\u00A0', ' ')).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | 2026-12-01 | December 1, 2026
			en | 2026-12-02 | December 2, 2026
			fr | 2026-12-01 | 1er décembre 2026
			fr | 2026-12-02 | 2 décembre 2026
			fr | 2009-03-21 | 21 mars 2009
			""")
	void longDatesWithTheFrenchOrdinalFirst(String language, LocalDate date, String expected) {
		assertThat(new ReportWords(Locale.forLanguageTag(language)).longDate(date)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | March 2009 | Mar 2009
			fr | mars 2009  | mars 2009
			fr | octobre 2009 | oct. 2009
			""")
	void monthsAreNeverCapitalisedInFrench(String language, String full, String shortened) {
		ReportWords words = new ReportWords(Locale.forLanguageTag(language));
		YearMonth month = full.startsWith("oct") ? YearMonth.of(2009, 10) : YearMonth.of(2009, 3);
		assertThat(words.month(month)).isEqualTo(full);
		assertThat(words.shortMonth(month)).isEqualTo(shortened);
	}

}
