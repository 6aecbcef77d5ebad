package org.socialreports.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * The taxonomy compiled for matching. Every term is analysed once; each distinct analysed
 * word gets an integer id, and terms are indexed by their first word. A text then becomes a
 * sequence of ids (see {@link WordEncoder}), and a phrase is found by comparing the ids that
 * follow its first word. Immutable once built, so any number of threads may share it.
 */
final class TaxonomyIndex implements AutoCloseable {

	/** The id of a word that no term uses; it still counts for the text's length. */
	static final int UNKNOWN = WordEncoder.UNKNOWN;

	private final WordEncoder encoder;

	private final CompiledTerm[][] termsByFirstWord;

	private final List<CompiledTerm> terms;

	private final int themeCount;

	private final int nearWords;

	/** Per theme, its context, or {@code null}. */
	private final CompiledContext[] contexts;

	/** Per vocabulary id, the word of the theme model, or -1: a word that only a term uses. */
	private final int[] featureOfWord;

	/** @param language whose analysis the taxonomy's terms and the posts go through */
	TaxonomyIndex(Taxonomy taxonomy, TextLanguage language) {
		this(taxonomy, language, List.of());
	}

	/**
	 * @param language whose analysis the taxonomy's terms and the posts go through
	 * @param modelWords the analysed words a theme model knows, which the posts' encoding must
	 * keep too
	 */
	TaxonomyIndex(Taxonomy taxonomy, TextLanguage language, List<String> modelWords) {
		TextAnalyzer analyzer = new TextAnalyzer(language);
		CharArrayMap<Integer> ids = new CharArrayMap<>(1024, false);
		List<CompiledTerm> compiled = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		List<Theme> themes = taxonomy.themes().scored();
		for (int themeIndex = 0; themeIndex < themes.size(); themeIndex++) {
			Theme theme = themes.get(themeIndex);
			for (TaxonomyTerm term : taxonomy.termsOf(theme)) {
				if (!term.appliesTo(language)) {
					continue;
				}
				List<String> words = analyzer.analyze(term.text());
				if (words.isEmpty()) {
					throw new IllegalArgumentException("term '" + term.text() + "' of theme '" + theme.id()
							+ "' has only stop words, so it can never match");
				}
				String previous = seen.putIfAbsent(theme.id() + ' ' + words, term.text());
				if (previous != null) {
					throw new IllegalArgumentException("terms '" + previous + "' and '" + term.text() + "' of theme '"
							+ theme.id() + "' are the same once analysed as " + language.name().toLowerCase(java.util.Locale.ROOT)
							+ " " + words + ": keep one");
				}
				int[] termWords = words.stream().mapToInt((word) -> idOf(word, ids)).toArray();
				int[][] notNear = phrases(term.notNear(), analyzer, ids,
						(near) -> "not-near word '" + near + "' of term '" + term.text() + "'");
				compiled.add(new CompiledTerm(compiled.size(), theme, themeIndex, term.text(), term.weight(), termWords,
						notNear));
			}
		}
		this.contexts = new CompiledContext[themes.size()];
		for (int themeIndex = 0; themeIndex < themes.size(); themeIndex++) {
			Taxonomy.Context context = taxonomy.contextOf(themes.get(themeIndex));
			if (context != null) {
				String id = themes.get(themeIndex).id();
				this.contexts[themeIndex] = new CompiledContext(phrases(context.words(), analyzer, ids,
						(word) -> "context word '" + word + "' of theme '" + id + "'"), context.otherwise());
			}
		}
		analyzer.close();
		// the model's words after the terms': they index no term, and one encoding serves both
		int[] modelIds = modelWords.stream().mapToInt((word) -> idOf(word, ids)).toArray();
		this.featureOfWord = new int[ids.size()];
		Arrays.fill(this.featureOfWord, -1);
		for (int w = 0; w < modelIds.length; w++) {
			this.featureOfWord[modelIds[w]] = w;
		}
		this.encoder = new WordEncoder(CharArrayMap.unmodifiableMap(ids), language);
		this.terms = List.copyOf(compiled);
		this.termsByFirstWord = indexByFirstWord(compiled, ids.size());
		this.themeCount = themes.size();
		this.nearWords = taxonomy.nearWords();
	}

	/**
	 * Words or phrases as vocabulary ids, each analysed as the posts are.
	 * @param whose names one of them in the problem if it has only stop words
	 */
	private static int[][] phrases(List<String> texts, TextAnalyzer analyzer, CharArrayMap<Integer> ids,
			Function<String, String> whose) {
		int[][] phrases = new int[texts.size()][];
		for (int p = 0; p < phrases.length; p++) {
			List<String> words = analyzer.analyze(texts.get(p));
			if (words.isEmpty()) {
				throw new IllegalArgumentException(whose.apply(texts.get(p)) + " has only stop words, so it can never be found");
			}
			phrases[p] = words.stream().mapToInt((word) -> idOf(word, ids)).toArray();
		}
		return phrases;
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

	/**
	 * What the theme's weight counts in a post of these words: 1 if the theme has no context or
	 * the post names one of its context's words, the context's {@code otherwise} fraction if not.
	 */
	double contextFactor(int themeIndex, int[] titleWords, int[] bodyWords) {
		CompiledContext context = this.contexts[themeIndex];
		return (context == null || context.namedIn(titleWords, bodyWords)) ? 1 : context.otherwise();
	}

	/** Per vocabulary id, the word of the theme model it is, or -1. */
	int[] featureOfWord() {
		return this.featureOfWord;
	}

	List<CompiledTerm> terms() {
		return this.terms;
	}

	/** The analysed words of a text as vocabulary ids, {@link #UNKNOWN} for the others. */
	int[] encode(String text) {
		return this.encoder.encode(text);
	}

	/**
	 * Adds to the tally every term occurring in the text, each weighed by its weight times
	 * {@code factor}. Within a theme a word counts for one term at most: the longest one
	 * starting at the leftmost position. Different themes match independently. An occurrence
	 * near one of its term's {@code not-near} words does not count.
	 */
	void match(int[] text, double factor, boolean title, ThemeTally tally) {
		int[] coveredUntil = new int[this.themeCount];
		for (int i = 0; i < text.length; i++) {
			if (text[i] == UNKNOWN) {
				continue;
			}
			for (CompiledTerm term : this.termsByFirstWord[text[i]]) {
				int theme = term.themeIndex();
				if (i >= coveredUntil[theme] && term.matchesAt(text, i) && !term.notNearAt(text, i, this.nearWords)) {
					coveredUntil[theme] = i + term.words().length;
					tally.add(term, term.weight() * factor, i, title);
				}
			}
		}
	}

	/** Frees what the threads that encoded texts hold; the index is not used afterwards. */
	@Override
	public void close() {
		this.encoder.close();
	}

}
