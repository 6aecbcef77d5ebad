package org.socialreports.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTests {

	@Test
	void paragraphsBecomeBlankLineSeparatedBlocks() {
		assertThat(HtmlText.of("<h2>Titre</h2><p>Un <b>texte</b>\n  sur deux lignes.<br>Après.</p><ul><li>a</li><li>b</li></ul>"))
			.isEqualTo("Titre\n\nUn texte sur deux lignes.\nAprès.\n\na\nb");
	}

	@Test
	void scriptsStylesAndEntitiesAreHandled() {
		assertThat(HtmlText.of("<style>p{color:red}</style><p>L&rsquo;été &amp; l&#8217;hiver</p><script>alert(1)</script>"))
			.isEqualTo("L’été & l’hiver");
	}

	@Test
	void wordPressBlankLinesAreParagraphs() {
		assertThat(HtmlText.ofWordPress("Un.\nDeux.\n\n<!-- wp:paragraph -->Trois.<!-- /wp:paragraph -->"))
			.isEqualTo("Un.\nDeux.\n\nTrois.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			[caption id="a" width="300"]<img src="x.jpg"/> Légende[/caption] Texte | Légende Texte
			Avant [gallery] après                                                | Avant  après
			Avant [gallery ids="1,2"] après                                      | Avant  après
			[embed]https://youtu.be/x[/embed]Texte                               | Texte
			[bash]echo 1[/bash]                                                  | echo 1
			Un mot [sic] et une note [1]                                         | Un mot [sic] et une note [1]
			""")
	void shortcodesAreTakenOut(String content, String expected) {
		assertThat(HtmlText.withoutShortcodes(content).replaceAll("<[^>]*>", "").strip()).isEqualTo(expected);
	}

}
