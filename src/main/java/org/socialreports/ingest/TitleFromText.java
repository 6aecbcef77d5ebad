package org.socialreports.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a post that has none of its own (a tweet, a toot, a CSV row with an empty title
 * column): the start of its text, as a reader would quote it, so that every table lists the
 * post by words of its own rather than by a placeholder.
 */
public final class TitleFromText {

	/** How long a title made from text may be, about a line of a spreadsheet column. */
	public static final int MAX_CHARS = 80;

	// a sentence ends with its punctuation followed by a blank or the end ("example.com" goes on)
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=\\s|$)");

	private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0]+");

	private TitleFromText() {
	}

	/**
	 * @param text the post's text, not blank
	 * @return its first sentence when it fits in {@link #MAX_CHARS}, else as many of its first
	 * words as fit, followed by an ellipsis
	 */
	public static String of(String text) {
		String stripped = text.strip();
		int lineEnd = stripped.indexOf('\n');
		String line = BLANKS.matcher((lineEnd >= 0) ? stripped.substring(0, lineEnd) : stripped).replaceAll(" ").strip();
		Matcher end = SENTENCE_END.matcher(line);
		String sentence = end.find() ? line.substring(0, end.end()) : line;
		if (sentence.length() <= MAX_CHARS) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', MAX_CHARS);
		if (cut <= 0) {
			// one long word, a link: cut inside it, never between the halves of a surrogate pair
			cut = Character.isLowSurrogate(sentence.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
		}
		return sentence.substring(0, cut).replaceAll("[\\s,;:–—-]+$", "") + "…";
	}

}
