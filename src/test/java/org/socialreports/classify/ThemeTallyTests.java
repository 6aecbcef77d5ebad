package org.socialreports.classify;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThemeTallyTests {

	@Test
	void addsUpTheWeightOfEachTermAndEachTheme() {
		CompiledTerm twitter = term(0, Theme.TWITTER_USAGE, 2.0);
		CompiledTerm tweet = term(1, Theme.TWITTER_USAGE, 1.0);
		CompiledTerm crise = term(7, Theme.CRISIS_COMMUNICATION, 1.5);
		CompiledTerm blog = term(3, Theme.CORPORATE_BLOGGING, 1.0);
		ThemeTally tally = new ThemeTally();

		tally.add(twitter, 2.0 * 1.5);
		tally.add(tweet, 1.0);
		tally.add(twitter, 2.0);
		tally.add(crise, 1.5);

		assertThat(tally.weightOf(twitter)).isEqualTo(5.0);
		assertThat(tally.weightOf(tweet)).isEqualTo(1.0);
		assertThat(tally.weightOf(crise)).isEqualTo(1.5);
		assertThat(tally.weightOf(blog)).isZero();
		assertThat(tally.weightOf(Theme.TWITTER_USAGE)).isEqualTo(6.0);
		assertThat(tally.matchesOf(Theme.TWITTER_USAGE)).isEqualTo(3);
		assertThat(tally.weightOf(Theme.CRISIS_COMMUNICATION)).isEqualTo(1.5);
		assertThat(tally.matchesOf(Theme.CRISIS_COMMUNICATION)).isEqualTo(1);
		assertThat(tally.weightOf(Theme.CORPORATE_BLOGGING)).isZero();
		assertThat(tally.matchesOf(Theme.CORPORATE_BLOGGING)).isZero();
	}

	@Test
	void keepsAsManyTermsAsAPostMatches() {
		List<CompiledTerm> terms = new ArrayList<>();
		for (int index = 0; index < 100; index++) {
			terms.add(term(index, Theme.SOCIAL_NETWORK_SECURITY, 1.0));
		}
		ThemeTally tally = new ThemeTally();

		for (int round = 1; round <= 3; round++) {
			for (CompiledTerm term : terms) {
				tally.add(term, term.index() / 10.0);
			}
		}

		for (CompiledTerm term : terms) {
			assertThat(tally.weightOf(term)).isCloseTo(3 * term.index() / 10.0, within(1e-9));
		}
		assertThat(tally.matchesOf(Theme.SOCIAL_NETWORK_SECURITY)).isEqualTo(300);
		assertThat(tally.weightOf(Theme.SOCIAL_NETWORK_SECURITY)).isCloseTo(3 * 495.0, within(1e-9));
	}

	@Test
	void ordersAThemesMatchedTermsHeaviestFirstAndEqualOnesAsTheTaxonomyDoes() {
		CompiledTerm crise = term(4, Theme.CRISIS_COMMUNICATION, 1.0);
		CompiledTerm rumeur = term(2, Theme.CRISIS_COMMUNICATION, 1.0);
		CompiledTerm badBuzz = term(9, Theme.CRISIS_COMMUNICATION, 2.0);
		CompiledTerm scandale = term(6, Theme.CRISIS_COMMUNICATION, 1.0);
		CompiledTerm twitter = term(0, Theme.TWITTER_USAGE, 5.0);
		ThemeTally tally = new ThemeTally();

		tally.add(crise, 1.0);
		tally.add(twitter, 5.0);
		tally.add(scandale, 1.0);
		tally.add(badBuzz, 2.0);
		tally.add(rumeur, 1.0);
		tally.add(crise, 1.5);

		assertThat(tally.heaviestOf(Theme.CRISIS_COMMUNICATION)).containsExactly(crise, badBuzz, rumeur, scandale);
		assertThat(tally.heaviestOf(Theme.TWITTER_USAGE)).containsExactly(twitter);
		assertThat(tally.heaviestOf(Theme.CORPORATE_BLOGGING)).isEmpty();
	}

	private static CompiledTerm term(int index, Theme theme, double weight) {
		return new CompiledTerm(index, theme, "term " + index, weight, new int[] { index });
	}

}
