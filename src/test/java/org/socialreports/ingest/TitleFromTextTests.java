package org.socialreports.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitleFromTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bad news, guys. There's a new hacking scandal.           | Bad news, guys.
			Quelle journée ! On recommence demain                    | Quelle journée !
			Vu sur example.com/page. Très bien                       | Vu sur example.com/page.
			Première ligne sans point                                | Première ligne sans point
			'  Des   blancs\u00A0en trop.  '                         | Des blancs en trop.
			""")
	void shortFirstSentenceIsTheTitle(String text, String title) {
		assertThat(TitleFromText.of(text)).isEqualTo(title);
	}

	@Test
	void firstLineEndsTheTitle() {
		assertThat(TitleFromText.of("топ закладів:\n- окто\n- дублер")).isEqualTo("топ закладів:");
	}

	@Test
	void longSentenceIsCutAtAWordWithAnEllipsis() {
		String text = "As Twitter crashes and burns, it is a good time to pull these two articles out of my deep backlog.";

		assertThat(TitleFromText.of(text))
			.isEqualTo("As Twitter crashes and burns, it is a good time to pull these two articles out…")
			.hasSizeLessThanOrEqualTo(TitleFromText.MAX_CHARS + 1);
	}

	@Test
	void punctuationBeforeTheCutIsDropped() {
		String text = "Les cinq conseils que nous donnons aux entreprises qui débutent sur les réseaux, sociaux ou pas";

		assertThat(TitleFromText.of(text))
			.isEqualTo("Les cinq conseils que nous donnons aux entreprises qui débutent sur les réseaux…");
	}

	@Test
	void oneLongWordIsCutInsideButNotInsideACharacter() {
		String link = "https://example.com/" + "a".repeat(59) + "😀" + "b".repeat(30);

		assertThat(TitleFromText.of(link)).isEqualTo("https://example.com/" + "a".repeat(59) + "…");
	}

}
