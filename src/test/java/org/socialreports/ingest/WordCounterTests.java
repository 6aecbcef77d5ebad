package org.socialreports.ingest;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordCounterTests {

	@Test
	void blanksAreThoseOfCharacterForEveryCharacter() {
		assertThat(IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
			.filter((c) -> WordCounter.isBlank((char) c) != (Character.isWhitespace(c) || Character.isSpaceChar(c))))
			.isEmpty();
	}

	@Test
	void countsRunsOfCharactersThatAreNotBlank() {
		assertThat(WordCounter.count("Twitter, un outil à manier avec précaution")).isEqualTo(7);
		assertThat(WordCounter.count("  l’entreprise\tet\nses\u00A0blogs\u2003 ")).isEqualTo(4);
		assertThat(WordCounter.count("un\u001Cdeux\r\ntrois")).isEqualTo(3);
		assertThat(WordCounter.count("\u001F\u000B  ")).isZero();
		assertThat(WordCounter.count("")).isZero();
	}

	@Test
	void nothingHasNoWords() {
		assertThat(WordCounter.count(null)).isZero();
	}

}
