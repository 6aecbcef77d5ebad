package org.socialreports.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns French (or English) text into the words the classifier compares: lower-cased, without
 * accents, elided articles ({@code l'}, {@code d’}, …), stop words or English possessives, and
 * lightly stemmed so that plurals and simple inflections meet ({@code tweets}, {@code tweeter}
 * and {@code tweet} all become {@code twet}). Taxonomy terms and posts go through this same
 * chain, which is what lets a phrase of the taxonomy match a post word for word.
 * <p>
 * Thread-safe: Lucene keeps one token stream per thread and reuses it.
 */
public final class FrenchTextAnalyzer extends Analyzer {

	private static final CharArraySet STOP_WORDS = stopWords();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		return new TokenStreamComponents(source, normalize(source));
	}

	/**
	 * Everything after the tokenizer. Each filter looks at one word at a time, so a word cut
	 * out of a text comes out the same whether analysed in its text or on its own: this is
	 * what lets {@link WordEncoder} analyse each distinct word once.
	 */
	static TokenStream normalize(TokenStream words) {
		TokenStream result = new LowerCaseFilter(words);
		// Folding before anything else makes "sécurité" and "securite" the same word whatever the
		// writer's keyboard, and turns the typographic apostrophe ’ into ' for the elision.
		result = new ASCIIFoldingFilter(result);
		result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
		result = new EnglishPossessiveFilter(result);
		result = new StopFilter(result, STOP_WORDS);
		// The French light stemmer also drops a final s, which is enough for English plurals
		// (tweets, blogs, followers): an English stemmer on top would mangle French words.
		return new FrenchLightStemFilter(result);
	}

	/**
	 * The analysed words of a text, as strings. Meant for taxonomy terms and tests: the
	 * classifier encodes posts through {@link WordEncoder}, which comes to the same words.
	 */
	public List<String> analyze(String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
		return words;
	}

	/**
	 * French and English stop words, each French one also without its accents since the
	 * words reach the stop filter already folded ("à" arrives as "a", "été" as "ete").
	 */
	private static CharArraySet stopWords() {
		CharArraySet french = FrenchAnalyzer.getDefaultStopSet();
		CharArraySet stopWords = new CharArraySet(2 * french.size() + EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.size(),
				false);
		for (Object word : french) {
			char[] chars = (char[]) word;
			stopWords.add(chars);
			stopWords.add(fold(chars));
		}
		stopWords.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return CharArraySet.unmodifiableSet(stopWords);
	}

	private static String fold(char[] word) {
		// one accented character folds into at most 4 ASCII characters
		char[] folded = new char[4 * word.length];
		int length = ASCIIFoldingFilter.foldToASCII(word, 0, folded, 0, word.length);
		return new String(folded, 0, length);
	}

}
