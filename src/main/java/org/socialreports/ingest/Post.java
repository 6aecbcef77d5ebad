package org.socialreports.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One post read from an archive, whatever its format.
 *
 * @param source the archive's path relative to the input folder, with forward slashes
 * @param line the line of the post's title in that archive (1-based), or its ordinal for
 * formats without lines
 * @param title the post's title
 * @param author who wrote (or last modified) the post
 * @param date the date used for the monthly figures
 * @param body the text between title and footer, HTML already turned into text
 * @param words the number of words in title and body
 * @param categories categories and tags, when the format has them
 */
public record Post(String source, long line, String title, String author, LocalDate date, String body, int words,
		List<String> categories) implements ArchiveEntry {

	public Post {
		categories = List.copyOf(categories);
	}

	public Post(String source, long line, String title, String author, LocalDate date, String body) {
		this(source, line, title, author, date, body, WordCounter.count(title) + WordCounter.count(body), List.of());
	}

}
