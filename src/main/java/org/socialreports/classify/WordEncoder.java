package org.socialreports.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * Turns a text into the vocabulary ids of its analysed words, as {@link TextAnalyzer} would, but analysing each distinct word once per thread rather than every time it occurs.
 * Half of the classifier's time went into folding, stop words and stemming, word after word,
 * while a language uses a few thousand words over and over. The text is only cut into words;
 * each word, as written, is looked up among those this thread has met, and only a new one goes
 * through the filters (on its own: they look at one word at a time).
 * <p>
 * Thread-safe: each thread has its own memory of words, bounded and emptied when full, so
 * that a text of ever new words costs no more than analysing them.
 */
final class WordEncoder implements AutoCloseable {

	/** The id of a word that no term uses; it still counts for the text's length. */
	static final int UNKNOWN = -1;

	/** A stop word or a bare article: analysis leaves nothing of it. */
	private static final int DROPPED = -2;

	private static final int WORDS_REMEMBERED = 1 << 16;

	private final CharArrayMap<Integer> vocabulary;

	private final TextLanguage language;

	private final Analyzer wordsOfText = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			return new TokenStreamComponents(new StandardTokenizer());
		}
	};

	private final Analyzer analysisOfWord = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer word = new KeywordTokenizer();
			return new TokenStreamComponents(word, WordEncoder.this.language.normalize(word));
		}
	};

	private final CloseableThreadLocal<CharArrayMap<Integer>> wordsMet = new CloseableThreadLocal<>() {
		@Override
		protected CharArrayMap<Integer> initialValue() {
			return new CharArrayMap<>(WORDS_REMEMBERED, false);
		}
	};

	/**
	 * @param vocabulary the analysed words that matter, each with its id (0 and up)
	 * @param language whose analysis the words go through
	 */
	WordEncoder(CharArrayMap<Integer> vocabulary, TextLanguage language) {
		this.vocabulary = vocabulary;
		this.language = language;
	}

	/** The ids of the text's analysed words in order, {@link #UNKNOWN} for the others. */
	int[] encode(String text) {
		if (text == null || text.isEmpty()) {
			return new int[0];
		}
		CharArrayMap<Integer> met = this.wordsMet.get();
		// French runs about six characters a word, its space included: a quarter of the length
		// leaves room, so the array rarely grows
		int[] ids = new int[Math.max(16, text.length() / 4)];
		int count = 0;
		try (TokenStream words = this.wordsOfText.tokenStream("", text)) {
			CharTermAttribute word = words.addAttribute(CharTermAttribute.class);
			words.reset();
			while (words.incrementToken()) {
				Integer id = met.get(word.buffer(), 0, word.length());
				if (id == null) {
					id = remember(met, word.toString());
				}
				if (id == DROPPED) {
					continue;
				}
				if (count == ids.length) {
					ids = Arrays.copyOf(ids, 2 * count);
				}
				ids[count++] = id;
			}
			words.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
		return Arrays.copyOf(ids, count);
	}

	private Integer remember(CharArrayMap<Integer> met, String word) {
		if (met.size() >= WORDS_REMEMBERED) {
			met.clear();
		}
		Integer id = analyse(word);
		met.put(word, id);
		return id;
	}

	// a keyword tokenizer gives one token and each filter keeps or drops it: one id at most
	private int analyse(String word) {
		try (TokenStream analysed = this.analysisOfWord.tokenStream("", word)) {
			CharTermAttribute term = analysed.addAttribute(CharTermAttribute.class);
			analysed.reset();
			int id = DROPPED;
			if (analysed.incrementToken()) {
				Integer known = this.vocabulary.get(term.buffer(), 0, term.length());
				id = (known != null) ? known : UNKNOWN;
			}
			analysed.end();
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
	}

	@Override
	public void close() {
		this.wordsMet.close();
		this.wordsOfText.close();
		this.analysisOfWord.close();
	}

}
