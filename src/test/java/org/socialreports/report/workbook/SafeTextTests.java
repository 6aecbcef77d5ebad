package org.socialreports.report.workbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTests {

	@Test
	void removesWhatXmlForbidsAndKeepsTheRest() {
		assertThat(SafeText.of("a\u0000b\u0001c\u001fd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
		assertThat(SafeText.of("tab\tline\ncr\r")).isEqualTo("tab\tline\ncr\r");
		assertThat(SafeText.of("Sécurité « réseaux » — 🙂")).isEqualTo("Sécurité « réseaux » — 🙂");
	}

	@Test
	void removesLoneSurrogatesButNotPairs() {
		assertThat(SafeText.of("a\uD800b\uDC00c\uD83D\uDE42")).isEqualTo("abc🙂");
	}

	@Test
	void nullIsEmpty() {
		assertThat(SafeText.of(null)).isEmpty();
	}

	@Test
	void cutsWhatACellCannotHold() {
		String cut = SafeText.of("x".repeat(40_000));
		assertThat(cut).hasSize(SafeText.MAX_LENGTH).endsWith("…");
		String emoji = SafeText.of("x".repeat(SafeText.MAX_LENGTH - 2) + "🙂🙂");
		assertThat(emoji).hasSizeLessThanOrEqualTo(SafeText.MAX_LENGTH).endsWith("x…");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+33 6", "-2", "@SUM(A1)", "\t=1", "\r=1" })
	void spotsFormulas(String text) {
		assertThat(SafeText.looksLikeFormula(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Titre = sujet", " =1", "1+1", "#hashtag" })
	void letsOtherTextBe(String text) {
		assertThat(SafeText.looksLikeFormula(text)).isFalse();
	}

}
