package org.socialreports.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.CharArrayMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The encoder analyses each distinct word once; what these tests pin is that it still comes to
 * exactly the words the whole analyser gives for the whole text, the first time a word is met
 * and every time after.
 */
class WordEncoderTests {

	private static final TextAnalyzer analyzer = TextAnalyzer.french();

	private static final List<String> VOCABULARY = analyzer
		.analyze("twitter sécurité réseaux sociaux blog entreprise crise communication utilisation aujourd’hui "
				+ "company reputation données hameçonnage tweets followers");

	private static final WordEncoder encoder = new WordEncoder(vocabularyIds(), TextLanguage.FRENCH);

	@AfterAll
	static void close() {
		encoder.close();
		analyzer.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1-twitter-outil-a-manier.txt", "2-reseaux-sociaux-sondage.txt",
			"3-reseaux-sociaux-menace.txt", "4-orange-social-media.txt", "5-societe-generale-kerviel.txt" })
	void seedPostsComeToTheWordsOfTheWholeAnalyser(String fixture) throws IOException {
		String text = seedPost(fixture);

		int[] expected = idsByWholeAnalysis(text);
		assertThat(expected).contains(WordEncoder.UNKNOWN);
		assertThat(IntStream.of(expected).filter((id) -> id >= 0)).as("words of the vocabulary").isNotEmpty();
		assertThat(encoder.encode(text)).as("words met for the first time").containsExactly(expected);
		assertThat(encoder.encode(text)).as("words met before").containsExactly(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "L’utilisation de Twitter, l'utilisation des TWEETS, aujourd’hui à 10h30.",
			"The company's reputation: à été même, the of and; https://twitter.com/conseilsmarketing",
			"Sécurité des données : l’hameçonnage (phishing) menace les réseaux sociaux — 2009-03-12, 3,5 %",
			"d' l' qu' jusqu'à, ' ’ -- ... 日本語のテキスト émoji 🙂 ÇA VA" })
	void trickyTextsComeToTheWordsOfTheWholeAnalyser(String text) {
		int[] expected = idsByWholeAnalysis(text);

		assertThat(encoder.encode(text)).containsExactly(expected);
		assertThat(encoder.encode(text)).containsExactly(expected);
	}

	@Test
	void aThreadThatMeetsMoreWordsThanItRemembersStillEncodesThemAll() {
		int distinctWords = 70_000;
		String text = IntStream.range(0, distinctWords)
			.mapToObj((i) -> "mot" + i + " twitter")
			.collect(Collectors.joining(" "));

		int[] ids = encoder.encode(text);

		int twitter = VOCABULARY.indexOf(analyzer.analyze("twitter").get(0));
		assertThat(twitter).isNotNegative();
		assertThat(ids).hasSize(2 * distinctWords);
		assertThat(IntStream.range(0, ids.length).filter((i) -> ids[i] != ((i % 2 == 0) ? WordEncoder.UNKNOWN : twitter)))
			.isEmpty();
		assertThat(encoder.encode("Twitter et la sécurité")).containsExactly(idsByWholeAnalysis("Twitter et la sécurité"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "la le les à et", "   " })
	void textsWithoutWordsThatCountAreEmpty(String text) {
		assertThat(encoder.encode(text)).isEmpty();
		assertThat(encoder.encode(null)).isEmpty();
	}

	private static int[] idsByWholeAnalysis(String text) {
		return analyzer.analyze(text).stream().mapToInt(VOCABULARY::indexOf).map((id) -> Math.max(id, -1)).toArray();
	}

	private static CharArrayMap<Integer> vocabularyIds() {
		CharArrayMap<Integer> ids = new CharArrayMap<>(VOCABULARY.size(), false);
		for (int i = 0; i < VOCABULARY.size(); i++) {
			ids.putIfAbsent(VOCABULARY.get(i), i);
		}
		return ids;
	}

	private static String seedPost(String fixture) throws IOException {
		try (InputStream in = WordEncoderTests.class.getResourceAsStream("/classify/seed/" + fixture)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
