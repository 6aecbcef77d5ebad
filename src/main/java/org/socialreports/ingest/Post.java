package org.socialreports.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One post read from an archive, whatever its format.
 *
 * @param source the archive's path relative to the input folder, with forward slashes
 * @param line the line of the post's title in that archive (1-based), or its ordinal for
 * formats without lines: where a person looks for it
 * @param title the post's title
 * @param author who wrote (or last modified) the post
 * @param date the date used for the monthly figures
 * @param body the text between title and footer, HTML already turned into text
 * @param words the number of words in title and body
 * @param categories categories and tags, when the format has them
 * @param entry the post's identity in its archive (see {@link ArchiveEntry#entry()}); 0 until
 * the reader numbers it
 * @param origin its network, kind, address and declared language
 * @param engagement what it drew, when its export counts it
 */
public record Post(String source, long line, String title, String author, LocalDate date, String body, int words,
		List<String> categories, long entry, PostOrigin origin, Engagement engagement) implements ArchiveEntry {

	/** The longest title the stores keep: a longer one is cut, and the log says so. */
	public static final int MAX_TITLE_CHARS = 4000;

	/** The longest author's name the stores keep. */
	public static final int MAX_AUTHOR_CHARS = 512;

	public Post {
		source = StorableText.of(source);
		title = StorableText.of(title);
		author = StorableText.of(author);
		categories = StorableText.of(categories);
	}

	/** A blog post, whose export counts no engagement. */
	public Post(String source, long line, String title, String author, LocalDate date, String body, int words,
			List<String> categories) {
		this(source, line, title, author, date, body, words, categories, 0, PostOrigin.BLOG, Engagement.UNKNOWN);
	}

	public Post(String source, long line, String title, String author, LocalDate date, String body) {
		this(source, line, title, author, date, body, WordCounter.count(title) + WordCounter.count(body), List.of());
	}

	@Override
	public Post withEntry(long entry) {
		return new Post(this.source, this.line, this.title, this.author, this.date, this.body, this.words,
				this.categories, entry, this.origin, this.engagement);
	}

	/** The same post with another title and author: cut to the lengths the store keeps, or named as authors.yml says. */
	Post withTitleAndAuthor(String title, String author) {
		return new Post(this.source, this.line, title, author, this.date, this.body, this.words, this.categories,
				this.entry, this.origin, this.engagement);
	}

	/** The same post, from somewhere else than a blog. */
	public Post from(PostOrigin origin, Engagement engagement) {
		return new Post(this.source, this.line, this.title, this.author, this.date, this.body, this.words,
				this.categories, this.entry, origin, engagement);
	}

}
