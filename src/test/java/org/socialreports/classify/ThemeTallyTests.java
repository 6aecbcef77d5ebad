package org.socialreports.classify;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThemeTallyTests {

	@Test
	void addsUpTheWeightOfEachTermAndEachTheme() {
		CompiledTerm twitter = term(0, ShippedThemes.TWITTER_USAGE, 2.0);
		CompiledTerm tweet = term(1, ShippedThemes.TWITTER_USAGE, 1.0);
		CompiledTerm crise = term(7, ShippedThemes.CRISIS_COMMUNICATION, 1.5);
		CompiledTerm blog = term(3, ShippedThemes.CORPORATE_BLOGGING, 1.0);
		ThemeTally tally = new ThemeTally(ShippedThemes.THEMES.scored().size());

		tally.add(twitter, 2.0 * 1.5);
		tally.add(tweet, 1.0);
		tally.add(twitter, 2.0);
		tally.add(crise, 1.5);

		assertThat(tally.weightOf(twitter)).isEqualTo(5.0);
		assertThat(tally.weightOf(tweet)).isEqualTo(1.0);
		assertThat(tally.weightOf(crise)).isEqualTo(1.5);
		assertThat(tally.weightOf(blog)).isZero();
		assertThat(tally.weightOf(index(ShippedThemes.TWITTER_USAGE))).isEqualTo(6.0);
		assertThat(tally.matchesOf(index(ShippedThemes.TWITTER_USAGE))).isEqualTo(3);
		assertThat(tally.weightOf(index(ShippedThemes.CRISIS_COMMUNICATION))).isEqualTo(1.5);
		assertThat(tally.matchesOf(index(ShippedThemes.CRISIS_COMMUNICATION))).isEqualTo(1);
		assertThat(tally.weightOf(index(ShippedThemes.CORPORATE_BLOGGING))).isZero();
		assertThat(tally.matchesOf(index(ShippedThemes.CORPORATE_BLOGGING))).isZero();
	}

	@Test
	void keepsAsManyTermsAsAPostMatches() {
		List<CompiledTerm> terms = new ArrayList<>();
		for (int index = 0; index < 100; index++) {
			terms.add(term(index, ShippedThemes.SOCIAL_NETWORK_SECURITY, 1.0));
		}
		ThemeTally tally = new ThemeTally(ShippedThemes.THEMES.scored().size());

		for (int round = 1; round <= 3; round++) {
			for (CompiledTerm term : terms) {
				tally.add(term, term.index() / 10.0);
			}
		}

		for (CompiledTerm term : terms) {
			assertThat(tally.weightOf(term)).isCloseTo(3 * term.index() / 10.0, within(1e-9));
		}
		assertThat(tally.matchesOf(index(ShippedThemes.SOCIAL_NETWORK_SECURITY))).isEqualTo(300);
		assertThat(tally.weightOf(index(ShippedThemes.SOCIAL_NETWORK_SECURITY))).isCloseTo(3 * 495.0, within(1e-9));
	}

	@Test
	void ordersAThemesMatchedTermsHeaviestFirstAndEqualOnesAsTheTaxonomyDoes() {
		CompiledTerm crise = term(4, ShippedThemes.CRISIS_COMMUNICATION, 1.0);
		CompiledTerm rumeur = term(2, ShippedThemes.CRISIS_COMMUNICATION, 1.0);
		CompiledTerm badBuzz = term(9, ShippedThemes.CRISIS_COMMUNICATION, 2.0);
		CompiledTerm scandale = term(6, ShippedThemes.CRISIS_COMMUNICATION, 1.0);
		CompiledTerm twitter = term(0, ShippedThemes.TWITTER_USAGE, 5.0);
		ThemeTally tally = new ThemeTally(ShippedThemes.THEMES.scored().size());

		tally.add(crise, 1.0);
		tally.add(twitter, 5.0);
		tally.add(scandale, 1.0);
		tally.add(badBuzz, 2.0);
		tally.add(rumeur, 1.0);
		tally.add(crise, 1.5);

		assertThat(tally.heaviestOf(ShippedThemes.CRISIS_COMMUNICATION)).containsExactly(crise, badBuzz, rumeur, scandale);
		assertThat(tally.heaviestOf(ShippedThemes.TWITTER_USAGE)).containsExactly(twitter);
		assertThat(tally.heaviestOf(ShippedThemes.CORPORATE_BLOGGING)).isEmpty();
	}

	private static CompiledTerm term(int index, Theme theme, double weight) {
		return new CompiledTerm(index, theme, index(theme), "term " + index, weight, new int[] { index });
	}

	private static int index(Theme theme) {
		return ShippedThemes.THEMES.scored().indexOf(theme);
	}

}
