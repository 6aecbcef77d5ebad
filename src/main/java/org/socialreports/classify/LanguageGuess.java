package org.socialreports.classify;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a French post from an English one: by the language its export declares when it
 * declares one of the two, else by the function words of its first few hundred words (the
 * articles, pronouns and prepositions each language uses in every sentence, and the other
 * hardly ever). Cheap and explainable; a post in neither language is analysed as French, the
 * archive's first language.
 */
final class LanguageGuess {

	/** Enough words to tell, and a bound on the time a very long post takes. */
	private static final int SAMPLE_CHARACTERS = 4000;

	private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un", "pour",
			"dans", "que", "qui", "sur", "pas", "au", "aux", "ce", "cette", "il", "elle", "nous", "vous", "sont", "avec",
			"plus", "ne", "se", "par", "mais", "ou", "leur", "ses", "son", "sa", "été", "être", "très", "aussi", "comme");

	private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "that", "for", "with", "this",
			"are", "was", "it", "be", "by", "not", "from", "you", "we", "have", "has", "at", "or", "they", "their",
			"which", "will", "can", "but", "your", "about", "what", "there", "been", "would", "more", "when", "who");

	private LanguageGuess() {
	}

	/**
	 * @param declared the language the export gives (an ISO code, {@code fr-FR}, {@code en}), or
	 * {@code null}
	 */
	static TextLanguage of(String declared, String title, String body) {
		if (declared != null) {
			String code = declared.toLowerCase(Locale.ROOT);
			if (code.startsWith("fr")) {
				return TextLanguage.FRENCH;
			}
			if (code.startsWith("en")) {
				return TextLanguage.ENGLISH;
			}
		}
		int[] votes = new int[2];
		count(title, votes);
		count(body, votes);
		return (votes[1] > votes[0]) ? TextLanguage.ENGLISH : TextLanguage.FRENCH;
	}

	private static void count(String text, int[] votes) {
		if (text == null) {
			return;
		}
		int end = Math.min(text.length(), SAMPLE_CHARACTERS);
		int start = -1;
		for (int i = 0; i <= end; i++) {
			boolean letter = i < end && Character.isLetter(text.charAt(i));
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				// function words are short: longer words need not be looked up
				if (i - start <= 5) {
					String word = text.substring(start, i).toLowerCase(Locale.ROOT);
					if (FRENCH.contains(word)) {
						votes[0]++;
					}
					else if (ENGLISH.contains(word)) {
						votes[1]++;
					}
				}
				start = -1;
			}
		}
	}

}
