package org.socialreports.ingest.social;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class Latin1EscapesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Amélie", "l’équipe", "Crème brûlée 😀", "Ça va ? « Oui »" })
	void utf8WrittenAsOneCharacterPerByteIsRepaired(String text) {
		String asFacebookWritesIt = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

		assertThat(Latin1Escapes.repair(asFacebookWritesIt)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain ASCII", "café déjà écrit", "mäßig", "l’équipe", "" })
	void textThatIsNotSuchBytesIsKept(String text) {
		assertThat(Latin1Escapes.repair(text)).isSameAs(text);
	}

}
