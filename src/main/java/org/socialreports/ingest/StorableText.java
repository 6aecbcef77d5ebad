package org.socialreports.ingest;

import java.util.List;

/**
 * Text as every store can keep it: PostgreSQL refuses a NUL (U+0000) in any text value, where
 * HSQLDB keeps it, so a NUL that reaches a post's or a reject's text becomes U+FFFD, the
 * replacement character, on both databases alike (their files stay the same). Replaced rather
 * than dropped, so that two entries of a zip archive whose names differ by a NUL stay two.
 */
public final class StorableText {

	static final char REPLACEMENT = '\uFFFD';

	private StorableText() {
	}

	/** The text with each NUL replaced, or the text itself when it holds none ({@code null} stays so). */
	public static String of(String text) {
		return (text == null || text.indexOf('\u0000') < 0) ? text : text.replace('\u0000', REPLACEMENT);
	}

	/** An unmodifiable copy of the texts, each as {@link #of(String)} gives it. */
	public static List<String> of(List<String> texts) {
		for (String text : texts) {
			if (text.indexOf('\u0000') >= 0) {
				return texts.stream().map(StorableText::of).toList();
			}
		}
		return List.copyOf(texts);
	}

}
