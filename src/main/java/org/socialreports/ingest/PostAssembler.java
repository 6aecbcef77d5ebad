package org.socialreports.ingest;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules every format shares to make a post out of its fields, so that a CSV row, a JSON
 * object, a feed entry and an export item with the same content give the same post or the
 * same reject. A post with text but no title is kept, titled with the start of its text (see
 * {@link TitleFromText}): its words count, and a list of posts never shows a placeholder.
 */
public final class PostAssembler {

	private PostAssembler() {
	}

	/**
	 * A post without a title of its own, as the social networks' exports give them: titled
	 * with the start of its text, rejected by the same rules as every other format.
	 * @param date its day, {@code null} when the export gives none
	 * @param text its text, already plain
	 * @return the post, or the reject that says why it cannot be one
	 */
	public static ArchiveEntry assemble(String source, long line, String author, LocalDate date, String text) {
		return assemble(source, line, null, author, date, text, List.of());
	}

	/**
	 * @param dateText the date as written, read by {@link PostDates}
	 * @param body the post's text, HTML already turned into text
	 */
	public static ArchiveEntry assemble(String source, long line, String title, String author, String dateText, String body,
			List<String> categories) {
		if (dateText == null || dateText.isBlank()) {
			return new Reject(source, line, "no date");
		}
		Optional<LocalDate> date = PostDates.parse(dateText);
		if (date.isEmpty()) {
			return new Reject(source, line, "unreadable date '" + dateText.strip() + "'");
		}
		return assemble(source, line, title, author, date.get(), body, categories);
	}

	public static ArchiveEntry assemble(String source, long line, String title, String author, LocalDate date, String body,
			List<String> categories) {
		String cleanTitle = clean(title);
		String text = (body != null) ? body.strip() : "";
		if (cleanTitle.isEmpty() && text.isEmpty()) {
			return new Reject(source, line, "empty post: no title and no text");
		}
		String cleanAuthor = clean(author);
		if (cleanAuthor.isEmpty()) {
			return new Reject(source, line, "no author");
		}
		if (date == null) {
			return new Reject(source, line, "no date");
		}
		String shownTitle = cleanTitle.isEmpty() ? TitleFromText.of(text) : cleanTitle;
		return new Post(source, line, shownTitle, cleanAuthor, date, text,
				WordCounter.count(cleanTitle) + WordCounter.count(text), distinct(categories));
	}

	// Titles and names come with the whitespace of their markup, and sometimes with entities.
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String plain = HtmlText.looksLikeHtml(text) ? HtmlText.of(text) : text;
		return withoutControls(plain).replaceAll("[\\s\\u00A0]+", " ").strip();
	}

	/**
	 * The text without control characters: a tab or a line end becomes a space, the others
	 * (NUL, a DOS end-of-file mark, C1 controls from a mis-decoded byte) go. A title, an
	 * author or a category reaches posts.csv and the database, where a NUL fails the insert.
	 */
	public static String withoutControls(String text) {
		int first = 0;
		while (first < text.length() && !Character.isISOControl(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isISOControl(c)) {
				kept.append(c);
			}
			else if (Character.isWhitespace(c)) {
				kept.append(' ');
			}
		}
		return kept.toString();
	}

	private static List<String> distinct(List<String> categories) {
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (String category : categories) {
			String name = clean(category);
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return List.copyOf(names);
	}

}
