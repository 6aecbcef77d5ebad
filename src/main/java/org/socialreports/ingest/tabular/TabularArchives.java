package org.socialreports.ingest.tabular;

import java.nio.file.Path;

import org.socialreports.ingest.ArchiveParser;

/**
 * Tables of posts: CSV with a header naming the fields, a JSON array of post objects, JSON
 * Lines; the field names are those of {@link PostField}. And JSON Feed, whose items are posts.
 */
public final class TabularArchives {

	private TabularArchives() {
	}

	public static ArchiveParser openCsv(Path file, String source) {
		return new CsvArchiveParser(file, source);
	}

	public static ArchiveParser openJson(Path file, String source) {
		return new JsonArchiveParser(file, source);
	}

	public static ArchiveParser openJsonLines(Path file, String source) {
		return new JsonLinesArchiveParser(file, source);
	}

	public static ArchiveParser openJsonFeed(Path file, String source) {
		return new JsonFeedParser(file, source);
	}

	/** Whether the start of a JSON file is a JSON Feed's (jsonfeed.org): its version says so. */
	public static boolean isJsonFeed(byte[] head) {
		return JsonFeedParser.isJsonFeed(head);
	}

	/**
	 * Whether the start of a JSON or JSON Lines file holds posts: its first object (the first
	 * element of an array, or the first line) has a field of a post ({@link PostField}). An
	 * empty array holds no post but is not of another shape either.
	 */
	public static boolean isPostsJson(byte[] head) {
		return JsonPostObject.startsWithPosts(head);
	}

	/** Whether a first line names the title, author, date and text columns of a CSV table of posts. */
	public static boolean isPostsHeader(String firstLine) {
		return CsvHeader.of(firstLine).isComplete();
	}

}
