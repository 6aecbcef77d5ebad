package org.socialreports.classify;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The languages whose own Lucene analysis the classifier applies: a French post is stemmed as
 * French, an English one as English. Each chain looks at one word at a time, so a word cut out
 * of a text comes out the same whether analysed in its text or on its own: this is what lets
 * {@link WordEncoder} analyse each distinct word once. Both fold accents and case, so that
 * "sécurité" and "securite" meet whatever the writer's keyboard, and drop the stop words of
 * both languages (a French post quotes English, an English post names "la Poste").
 */
enum TextLanguage {

	/** Elided articles (l', d’) taken off, then Lucene's light French stemmer, which also takes English plurals. */
	FRENCH("fr") {
		@Override
		TokenStream stem(TokenStream words) {
			return new FrenchLightStemFilter(words);
		}
	},

	/** Possessives taken off, then Krovetz's inflectional stemmer: companies and company meet, communication and community stay apart. */
	ENGLISH("en") {
		@Override
		TokenStream stem(TokenStream words) {
			return new KStemFilter(words);
		}
	};

	private static final CharArraySet STOP_WORDS = stopWords();

	private final String code;

	TextLanguage(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	/** Everything after the tokenizer. */
	TokenStream normalize(TokenStream words) {
		TokenStream result = new LowerCaseFilter(words);
		// folding first turns the typographic apostrophe ’ into ' for the elision too
		result = new ASCIIFoldingFilter(result);
		result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
		result = new EnglishPossessiveFilter(result);
		result = new StopFilter(result, STOP_WORDS);
		return stem(result);
	}

	abstract TokenStream stem(TokenStream words);

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
