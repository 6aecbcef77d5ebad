package org.socialreports.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.socialreports.DefaultLocale;
import org.socialreports.classify.Classification;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.Theme;

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

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | tweet (6) ; twitter (1.5) ; taxonomy terms (learned 2.58) ; twit (learned 0.40)
			fr | tweet (6) ; twitter (1,5) ; termes de la taxonomie (appris 2,58) ; twit (appris 0,40)
			""")
	void whatDecidedAThemeInTheReportsLanguage(String language, String expected) {
		Classification classification = new Classification(ShippedThemes.TWITTER_USAGE, 0.9, Map.of(),
				List.of("tweet (6)", "twitter (1.5)", "taxonomy terms (learned 2.58)", "twit (learned 0.40)"));
		assertThat(new ReportWords(Locale.forLanguageTag(language)).decidedBy(classification))
			.containsExactly(expected.split(" ; "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | set by hand (the classifier said Twitter usage)
			fr | choisi à la main (le classifieur disait Usage de Twitter)
			""")
	void aThemeSetByHandSaysSoAndNotTheClassifiersTerms(String language, String expected) {
		Classification classification = new Classification(ShippedThemes.CRISIS_COMMUNICATION, 0.9, Map.of(),
				List.of("tweet (6)", "twit (learned 0.40)"), ShippedThemes.TWITTER_USAGE);
		assertThat(new ReportWords(Locale.forLanguageTag(language)).decidedBy(classification)).containsExactly(expected);
	}

	@Test
	void anUnclassifiedPostSetByHandNamesUnclassified() {
		Classification classification = new Classification(ShippedThemes.TWITTER_USAGE, 0, Map.of(), List.of(),
				Theme.UNCLASSIFIED);
		assertThat(new ReportWords(Locale.ENGLISH).decidedBy(classification))
			.containsExactly("set by hand (the classifier said " + Theme.UNCLASSIFIED.label(Locale.ENGLISH) + ")");
	}

}
