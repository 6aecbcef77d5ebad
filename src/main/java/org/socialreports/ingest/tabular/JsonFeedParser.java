package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.CutRecords;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.HtmlText;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.PostAssembler;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.TextFiles;

/**
 * Reads a JSON Feed (<a href="https://jsonfeed.org/version/1.1">jsonfeed.org</a>, versions 1
 * and 1.1): an object whose {@code items} are the posts. Read as the RSS and Atom feeds are: the
 * item's author, else the feed's, else the feed's title; its {@code date_published}, else
 * {@code date_modified}; its {@code content_text}, else its {@code content_html} turned into
 * text, else its {@code summary}; its {@code tags} as categories; its {@code url} as the post's
 * address. The file is read twice with Jackson's streaming parser, first for what the feed says
 * of all its items (which it may write after them), then item after item, so that neither the
 * feed nor one of its strings ({@link JsonStringCutter}) need fit in memory.
 */
final class JsonFeedParser implements ArchiveParser {

	private static final Pattern VERSION = Pattern
		.compile("\"version\"\\s*:\\s*\"https?://jsonfeed\\.org/version/", Pattern.CASE_INSENSITIVE);

	private final Path file;

	private final String source;

	private final int maxStringChars;

	private final CutRecords cut;

	private String feedAuthor;

	private JsonStringCutter cutter;

	private JsonParser json;

	private boolean finished;

	JsonFeedParser(Path file, String source) {
		this(file, source, JsonStringCutter.MAX_STRING_CHARS);
	}

	/** @param maxStringChars the longest string kept whole (see {@link JsonStringCutter}) */
	JsonFeedParser(Path file, String source, int maxStringChars) {
		this.file = file;
		this.source = source;
		this.maxStringChars = maxStringChars;
		this.cut = new CutRecords(source, maxStringChars);
	}

	/** Whether the start of a JSON file is a JSON Feed's: its {@code version} names jsonfeed.org. */
	static boolean isJsonFeed(byte[] head) {
		return VERSION.matcher(new String(head, StandardCharsets.UTF_8)).find();
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.finished) {
			return null;
		}
		try {
			if (this.json == null) {
				this.feedAuthor = readFeedAuthor();
				this.json = open();
				if (!toItems()) {
					return end(line(this.json.currentTokenLocation()), "JSON Feed without items");
				}
			}
			JsonToken token = this.json.nextToken();
			if (token == JsonToken.END_ARRAY || token == null) {
				close();
				return null;
			}
			long line = line(this.json.currentTokenLocation());
			if (token != JsonToken.START_OBJECT) {
				this.json.skipChildren();
				return new Reject(this.source, line, "item is not an object");
			}
			long cutsBefore = this.cutter.cuts();
			ArchiveEntry entry = readItem(line);
			return this.cut.count(entry, this.cutter.cuts() > cutsBefore);
		}
		catch (JsonProcessingException ex) {
			long line = (ex.getLocation() != null) ? line(ex.getLocation()) : 0;
			return end(line, "JSON not well-formed at line " + line + ", reading stopped: " + ex.getOriginalMessage());
		}
	}

	private JsonParser open() throws IOException {
		this.cutter = new JsonStringCutter(TextFiles.open(this.file), this.maxStringChars, false);
		return JsonPostObject.FACTORY.createParser(this.cutter);
	}

	/**
	 * The first pass: the feed's author, else its title; {@code null} when it names neither.
	 * It stops at a syntax error, which the second pass reports at its line once it has read
	 * the items before it.
	 */
	private String readFeedAuthor() throws IOException {
		String author = null;
		String title = null;
		try (JsonParser feed = open()) {
			if (feed.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (feed.nextToken() == JsonToken.FIELD_NAME) {
				String field = feed.currentName();
				JsonToken value = feed.nextToken();
				if (field.equals("authors") && value == JsonToken.START_ARRAY) {
					author = firstNonBlank(author, firstName(feed));
				}
				else if (field.equals("author") && value == JsonToken.START_OBJECT) {
					author = firstNonBlank(author, JsonPostObject.name(feed));
				}
				else if (field.equals("title") && value == JsonToken.VALUE_STRING) {
					title = feed.getText();
				}
				else {
					feed.skipChildren();
				}
			}
		}
		catch (JsonProcessingException ex) {
			// what came before the error stands
		}
		return firstNonBlank(author, title);
	}

	/** Moves the second pass into the items' array: whether the feed has one. */
	private boolean toItems() throws IOException {
		if (this.json.nextToken() != JsonToken.START_OBJECT) {
			return false;
		}
		while (this.json.nextToken() == JsonToken.FIELD_NAME) {
			String field = this.json.currentName();
			JsonToken value = this.json.nextToken();
			if (field.equals("items") && value == JsonToken.START_ARRAY) {
				return true;
			}
			this.json.skipChildren();
		}
		return false;
	}

	private ArchiveEntry readItem(long line) throws IOException {
		Item item = new Item();
		while (this.json.nextToken() == JsonToken.FIELD_NAME) {
			String field = this.json.currentName();
			JsonToken value = this.json.nextToken();
			String text = (value == JsonToken.VALUE_STRING) ? this.json.getText() : null;
			switch (field) {
				case "title" -> item.title = text;
				case "url" -> item.url = text;
				case "content_text" -> item.text = text;
				case "content_html" -> item.html = text;
				case "summary" -> item.summary = text;
				case "date_published" -> item.published = text;
				case "date_modified" -> item.modified = text;
				case "authors" -> item.author = (value == JsonToken.START_ARRAY) ? firstName(this.json) : null;
				case "author" -> item.author = (value == JsonToken.START_OBJECT) ? JsonPostObject.name(this.json) : null;
				case "tags" -> item.tags = (value == JsonToken.START_ARRAY) ? strings(this.json) : List.of();
				default -> {
					// passed over, as is a value of the wrong kind below
				}
			}
			this.json.skipChildren();
		}
		String date = firstNonBlank(item.published, item.modified);
		if (date == null) {
			return new Reject(this.source, line, "no date");
		}
		ArchiveEntry assembled = PostAssembler.assemble(this.source, line, item.title,
				firstNonBlank(item.author, this.feedAuthor), date, item.body(), item.tags);
		if (assembled instanceof Post post) {
			PostOrigin origin = PostOrigin.of(Network.FEED);
			return post.from((item.url != null && !item.url.isBlank()) ? origin.withUrl(item.url.strip()) : origin,
					Engagement.UNKNOWN);
		}
		return assembled;
	}

	private static String firstName(JsonParser json) throws IOException {
		String first = null;
		for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
			String name = (item == JsonToken.START_OBJECT) ? JsonPostObject.name(json) : null;
			if (item != JsonToken.START_OBJECT) {
				json.skipChildren();
			}
			first = firstNonBlank(first, name);
		}
		return first;
	}

	private static List<String> strings(JsonParser json) throws IOException {
		List<String> strings = new ArrayList<>();
		for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
			if (item == JsonToken.VALUE_STRING) {
				strings.add(json.getText());
			}
			else {
				json.skipChildren();
			}
		}
		return strings;
	}

	private static String firstNonBlank(String first, String second) {
		return (first != null && !first.isBlank()) ? first : ((second != null && !second.isBlank()) ? second : null);
	}

	private static long line(JsonLocation location) {
		return Math.max(location.getLineNr(), 0);
	}

	private ArchiveEntry end(long line, String reason) throws IOException {
		close();
		return new Reject(this.source, line, reason);
	}

	@Override
	public void close() throws IOException {
		this.finished = true;
		this.cut.log();
		if (this.json != null) {
			this.json.close();
		}
	}

	/** What one item says, as it comes. */
	private static final class Item {

		String title;

		String url;

		String text;

		String html;

		String summary;

		String published;

		String modified;

		String author;

		List<String> tags = List.of();

		/** The text as the item gives it, plain first: HTML is turned into text. */
		String body() {
			if (this.text != null && !this.text.isBlank()) {
				return this.text.replace("\r\n", "\n").strip();
			}
			if (this.html != null && !this.html.isBlank()) {
				return HtmlText.of(this.html);
			}
			return TextFiles.body(this.summary);
		}

	}

}
