package org.socialreports.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.socialreports.DefaultLocale;
import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.Theme;

import static org.assertj.core.api.Assertions.assertThat;

@DefaultLocale("de-DE")
class SpikesTests {

	private static final YearMonth LATEST = YearMonth.of(2009, 3);

	/**
	 * Crisis communication: 3 posts a month from September 2008 to February 2009 (one by Anne,
	 * two by Yann), then {@code latest} in March 2009 ({@code latest - 2} by Yann, 2 by Anne);
	 * Twitter usage: 1 post a month throughout.
	 */
	static List<AuthorMonthTheme> crisisIn(long latest) {
		List<AuthorMonthTheme> rows = new ArrayList<>();
		for (YearMonth month = LATEST.minusMonths(6); month.isBefore(LATEST); month = month.plusMonths(1)) {
			rows.add(new AuthorMonthTheme("Anne", month, ShippedThemes.CRISIS_COMMUNICATION, 1, 300));
			rows.add(new AuthorMonthTheme("Yann Gourvennec", month, ShippedThemes.CRISIS_COMMUNICATION, 2, 600));
			rows.add(new AuthorMonthTheme("Anne", month, ShippedThemes.TWITTER_USAGE, 1, 300));
		}
		rows.add(new AuthorMonthTheme("Anne", LATEST, ShippedThemes.CRISIS_COMMUNICATION, 2, 600));
		rows.add(new AuthorMonthTheme("Yann Gourvennec", LATEST, ShippedThemes.CRISIS_COMMUNICATION, latest - 2, 300));
		rows.add(new AuthorMonthTheme("Anne", LATEST, ShippedThemes.TWITTER_USAGE, 1, 300));
		return rows;
	}

	@Test
	void aThemeWellAboveItsUsualLevelIsASpikeWithItsAuthors() {
		ReportFigures figures = ReportFigures.of(crisisIn(14), ShippedThemes.THEMES);

		List<Spike> spikes = figures.spikes();

		assertThat(spikes).hasSize(1);
		Spike spike = spikes.get(0);
		assertThat(spike.trend().theme()).isEqualTo(ShippedThemes.CRISIS_COMMUNICATION);
		assertThat(spike.trend().latest()).isEqualTo(14);
		assertThat(spike.trend().previous()).isEqualTo(3);
		assertThat(spike.trend().average()).isEqualTo(3.0);
		assertThat(spike.trend().monthsAveraged()).isEqualTo(6);
		assertThat(spike.authors()).containsExactly(new Spike.AuthorPosts("Yann Gourvennec", 12),
				new Spike.AuthorPosts("Anne", 2));
	}

	@ParameterizedTest
	@CsvSource({ "6, false", "7, true" })
	void moreThanTwiceTheUsualLevelIsASpike(long latest, boolean spike) {
		assertThat(ReportFigures.of(crisisIn(latest), ShippedThemes.THEMES).spikes()).hasSize(spike ? 1 : 0);
	}

	@Test
	void fewPostsAreNoSpikeHoweverRare() {
		List<AuthorMonthTheme> rows = new ArrayList<>(crisisIn(3));
		// corporate blogging: nothing for six months, then four posts
		rows.add(new AuthorMonthTheme("Zoé", LATEST, ShippedThemes.CORPORATE_BLOGGING, Spikes.MIN_POSTS - 1, 100));
		assertThat(ReportFigures.of(rows, ShippedThemes.THEMES).spikes()).isEmpty();
		rows.add(new AuthorMonthTheme("Anne", LATEST, ShippedThemes.CORPORATE_BLOGGING, 1, 100));
		assertThat(ReportFigures.of(rows, ShippedThemes.THEMES).spikes()).extracting((spike) -> spike.trend().theme())
			.containsExactly(ShippedThemes.CORPORATE_BLOGGING);
	}

	@Test
	void aShortHistoryCallsNoSpike() {
		List<AuthorMonthTheme> rows = List.of(
				new AuthorMonthTheme("Anne", LATEST.minusMonths(2), ShippedThemes.CRISIS_COMMUNICATION, 1, 100),
				new AuthorMonthTheme("Anne", LATEST, ShippedThemes.CRISIS_COMMUNICATION, 20, 100));
		assertThat(ReportFigures.of(rows, ShippedThemes.THEMES).spikes()).isEmpty();
	}

	@Test
	void unclassifiedPostsAreNeverASpike() {
		List<AuthorMonthTheme> rows = new ArrayList<>(crisisIn(3));
		rows.add(new AuthorMonthTheme("Anne", LATEST, Theme.UNCLASSIFIED, 30, 100));
		assertThat(ReportFigures.of(rows, ShippedThemes.THEMES).spikes()).isEmpty();
	}

	@Test
	void theSpikeSentenceNamesItsAuthorAndLeadingPost() {
		Spike spike = ReportFigures.of(crisisIn(14), ShippedThemes.THEMES).spikes().get(0);
		ClassifiedPost leader = new ClassifiedPost("a.txt", 1, "Société Générale : 1 an après Kerviel, le bilan",
				"Yann Gourvennec", LocalDate.of(2009, 3, 10), 400, List.of(),
				new Classification(ShippedThemes.CRISIS_COMMUNICATION, 1.8, java.util.Map.of(), List.of("crise")));

		assertThat(new ReportWords(Locale.ENGLISH).spike(spike, "Crisis communication", leader)).isEqualTo(
				"Crisis communication: 14 posts in March 2009, 4.7 × its usual level (3.0 a month over the 6 months "
						+ "before), 12 of them by Yann Gourvennec, led by “Société Générale : 1 an après Kerviel, le bilan”.");
		assertThat(new ReportWords(Locale.FRENCH).spike(spike, "Communication de crise", leader)).isEqualTo(
				"Communication de crise : 14 billets en mars 2009, 4,7 × son niveau habituel (3,0 par mois sur les 6 "
						+ "mois précédents), dont 12 de Yann Gourvennec, en tête : « Société Générale : 1 an après Kerviel, "
						+ "le bilan ».");
	}

}
