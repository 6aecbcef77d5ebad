package org.socialreports.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The taxonomy compiled for matching. Every term is analysed once; each distinct analysed
 * word gets an integer id, and terms are indexed by their first word. A text then becomes a
 * sequence of ids with one hash lookup per word, straight from Lucene's term buffer without a
 * string per word, and a phrase is found by comparing the ids that follow its first word.
 * Immutable once built, so any number of threads may share it.
 */
final class TaxonomyIndex {

	/** The id of a word that no term uses; it still counts for the text's length. */
	static final int UNKNOWN = -1;

	private final FrenchTextAnalyzer analyzer;

	private final CharArrayMap<Integer> wordIds;

	private final CompiledTerm[][] termsByFirstWord;

	private final List<CompiledTerm> terms;

	TaxonomyIndex(Taxonomy taxonomy, FrenchTextAnalyzer analyzer) {
		this.analyzer = analyzer;
		CharArrayMap<Integer> ids = new CharArrayMap<>(1024, false);
		List<CompiledTerm> compiled = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (Theme theme : Theme.scored()) {
			for (TaxonomyTerm term : taxonomy.termsOf(theme)) {
				List<String> words = analyzer.analyze(term.text());
				if (words.isEmpty()) {
					throw new IllegalArgumentException("term '" + term.text() + "' of theme '" + theme.id()
							+ "' has only stop words, so it can never match");
				}
				String previous = seen.putIfAbsent(theme.id() + ' ' + words, term.text());
				if (previous != null) {
					throw new IllegalArgumentException("terms '" + previous + "' and '" + term.text() + "' of theme '"
							+ theme.id() + "' are the same once analysed " + words + ": keep one");
				}
				int[] termWords = words.stream().mapToInt((word) -> idOf(word, ids)).toArray();
				compiled.add(new CompiledTerm(compiled.size(), theme, term.text(), term.weight(), termWords));
			}
		}
		this.wordIds = CharArrayMap.unmodifiableMap(ids);
		this.terms = List.copyOf(compiled);
		this.termsByFirstWord = indexByFirstWord(compiled, ids.size());
	}

	private static int idOf(String word, CharArrayMap<Integer> ids) {
		Integer id = ids.get(word);
		if (id == null) {
			id = ids.size();
			ids.put(word, id);
		}
		return id;
	}

	/**
	 * Longest terms first, so that at a given position a theme's phrase ("communication de
	 * crise") wins over its single words ("crise") and the words are not counted twice.
	 */
	private static CompiledTerm[][] indexByFirstWord(List<CompiledTerm> terms, int wordCount) {
		List<List<CompiledTerm>> byFirstWord = new ArrayList<>();
		for (int i = 0; i < wordCount; i++) {
			byFirstWord.add(new ArrayList<>());
		}
		terms.forEach((term) -> byFirstWord.get(term.words()[0]).add(term));
		Comparator<CompiledTerm> longestFirst = Comparator.comparingInt((CompiledTerm term) -> term.words().length)
			.reversed();
		return byFirstWord.stream()
			.map((list) -> list.stream().sorted(longestFirst).toArray(CompiledTerm[]::new))
			.toArray(CompiledTerm[][]::new);
	}

	List<CompiledTerm> terms() {
		return this.terms;
	}

	/** The analysed words of a text as vocabulary ids, {@link #UNKNOWN} for the others. */
	int[] encode(String text) {
		if (text == null || text.isEmpty()) {
			return new int[0];
		}
		int[] ids = new int[64];
		int count = 0;
		try (TokenStream stream = this.analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (count == ids.length) {
					ids = Arrays.copyOf(ids, 2 * count);
				}
				Integer id = this.wordIds.get(term.buffer(), 0, term.length());
				ids[count++] = (id != null) ? id : UNKNOWN;
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
		return Arrays.copyOf(ids, count);
	}

	/**
	 * Adds to the tally every term occurring in the text, each weighed by its weight times
	 * {@code factor}. Within a theme a word counts for one term at most: the longest one
	 * starting at the leftmost position. Different themes match independently.
	 */
	void match(int[] text, double factor, ThemeTally tally) {
		int[] coveredUntil = new int[Theme.values().length];
		for (int i = 0; i < text.length; i++) {
			if (text[i] == UNKNOWN) {
				continue;
			}
			for (CompiledTerm term : this.termsByFirstWord[text[i]]) {
				int theme = term.theme().ordinal();
				if (i >= coveredUntil[theme] && term.matchesAt(text, i)) {
					coveredUntil[theme] = i + term.words().length;
					tally.add(term, term.weight() * factor);
				}
			}
		}
	}

}
