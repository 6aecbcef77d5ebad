package org.socialreports.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into the words the classifier compares, as one language analyses them (see
 * {@link TextLanguage}): lower-cased, without accents, elided articles, stop words or
 * possessives, and stemmed so that plurals and simple inflections meet. Taxonomy terms and
 * posts go through the same chain, which is what lets a phrase of the taxonomy match a post
 * word for word.
 * <p>
 * Thread-safe: Lucene keeps one token stream per thread and reuses it.
 */
public final class TextAnalyzer extends Analyzer {

	private final TextLanguage language;

	TextAnalyzer(TextLanguage language) {
		this.language = language;
	}

	public static TextAnalyzer french() {
		return new TextAnalyzer(TextLanguage.FRENCH);
	}

	public static TextAnalyzer english() {
		return new TextAnalyzer(TextLanguage.ENGLISH);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		return new TokenStreamComponents(source, this.language.normalize(source));
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
	 * Each analysed word of a text with the word as the text writes it, lower-cased: what a
	 * person recognises, where the analysed word may be a stem ("compani").
	 */
	public void forEachWord(String text, BiConsumer<String, String> analysedAndWritten) {
		try (TokenStream stream = tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				analysedAndWritten.accept(term.toString(),
						text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
	}

}
