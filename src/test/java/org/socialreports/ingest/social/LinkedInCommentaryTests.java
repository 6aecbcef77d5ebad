package org.socialreports.ingest.social;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedInCommentaryTests {

	@Test
	void theQuotesLinkedInPutsAroundEachLineAreTakenOff() {
		assertThat(LinkedInCommentary.text("Premier :\"\n\"\"\n\"Deuxième \"cité\".\"\n\"Dernier"))
			.isEqualTo("Premier :\n\nDeuxième \"cité\".\nDernier");
	}

	@Test
	void oneLineIsKeptWithItsQuotes() {
		assertThat(LinkedInCommentary.text("\"Une citation\" de l'auteur")).isEqualTo("\"Une citation\" de l'auteur");
	}

	@Test
	void linesNotAllFramedByQuotesAreTheAuthorsOwn() {
		String text = "Il a dit \"oui\"\npuis \"non\"";

		assertThat(LinkedInCommentary.text(text)).isEqualTo(text);
	}

}
