package org.socialreports.ingest.tabular;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a post has in a CSV header or a JSON object, and the names they go by: the
 * English names of the documentation, their French equivalents, WordPress's own, and those of
 * JSON Feed and of blogging platforms' exports ({@code content_html}, {@code body_markdown}).
 * Names are matched without regard to case, accents, spaces or dashes, nor to a {@code _raw}
 * at their end (exporters write it of a value as the author typed it).
 */
enum PostField {

	TITLE("title", "titre", "post_title", "subject"),

	AUTHOR("author", "auteur", "creator", "author_name", "post_author", "authors"),

	DATE("date", "published", "pubdate", "post_date", "published_at", "date_published"),

	TEXT("text", "body", "content", "texte", "contenu", "corps", "post_content", "html", "content_text",
			"content_html", "body_markdown", "body_html", "markdown", "plaintext"),

	CATEGORIES("categories", "category", "tags", "tag", "categorie", "categories_tags", "keywords");

	/**
	 * The fields a table of posts must have. The author is not among them: the posts of a table
	 * that names none are its file's account's, as an export's are (see
	 * {@link org.socialreports.ingest.ExportAccounts#ofFileName}).
	 */
	static final Set<PostField> REQUIRED = EnumSet.of(TITLE, DATE, TEXT);

	private final List<String> names;

	PostField(String... names) {
		this.names = List.of(names);
	}

	static Optional<PostField> named(String name) {
		String key = normalize(name);
		for (PostField field : values()) {
			if (field.names.contains(key)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

	/** The first accepted name, the one the documentation gives. */
	String canonicalName() {
		return this.names.get(0);
	}

	private static String normalize(String name) {
		String folded = Normalizer.normalize(name.replace("\uFEFF", "").strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replaceFirst("(?<=.)_raw$", "");
	}

}
