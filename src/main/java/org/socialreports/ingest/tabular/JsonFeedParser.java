package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.socialreports.ingest.ArchiveEntry;
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
 * address. The file is read twice, as a {@link StreamedJsonArray}: first for what the feed says
 * of all its items (which it may write after them), then item after item.
 */
final class JsonFeedParser extends StreamedJsonArray {

	private static final Pattern VERSION = Pattern
		.compile("\"version\"\\s*:\\s*\"https?://jsonfeed\\.org/version/", Pattern.CASE_INSENSITIVE);

	private String feedAuthor;

	JsonFeedParser(Path file, String source) {
		this(file, source, JsonStringCutter.MAX_STRING_CHARS);
	}

	/** @param maxStringChars the longest string kept whole (see {@link JsonStringCutter}) */
	JsonFeedParser(Path file, String source, int maxStringChars) {
		super(file, source, maxStringChars, "item is not an object");
	}

	/** Whether the start of a JSON file is a JSON Feed's: its {@code version} names jsonfeed.org. */
	static boolean isJsonFeed(byte[] head) {
		return VERSION.matcher(new String(head, StandardCharsets.UTF_8)).find();
	}

	@Override
	Reject enterArray(JsonParser json) throws IOException {
		this.feedAuthor = readFeedAuthor();
		return toItems(json) ? null : new Reject(source(), line(json.currentTokenLocation()), "JSON Feed without items");
	}

	/**
	 * The first pass: the feed's author, else its title; {@code null} when it names neither.
	 * It stops at a syntax error, which the second pass reports at its line once it has read
	 * the items before it.
	 */
	private String readFeedAuthor() throws IOException {
		String author = null;
		String title = null;
		try (JsonParser feed = openAgain()) {
			if (feed.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (feed.nextToken() == JsonToken.FIELD_NAME) {
				String field = feed.currentName();
				JsonToken value = feed.nextToken();
				if (field.equals("authors") && value == JsonToken.START_ARRAY) {
					author = firstNonBlank(author, JsonPostObject.firstName(feed));
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
	private static boolean toItems(JsonParser json) throws IOException {
		if (json.nextToken() != JsonToken.START_OBJECT) {
			return false;
		}
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String field = json.currentName();
			JsonToken value = json.nextToken();
			if (field.equals("items") && value == JsonToken.START_ARRAY) {
				return true;
			}
			json.skipChildren();
		}
		return false;
	}

	@Override
	ArchiveEntry readObject(JsonParser json, long line) throws IOException {
		Item item = new Item();
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String field = json.currentName();
			JsonToken value = json.nextToken();
			String text = (value == JsonToken.VALUE_STRING) ? json.getText() : null;
			switch (field) {
				case "title" -> item.title = text;
				case "url" -> item.url = text;
				case "content_text" -> item.text = text;
				case "content_html" -> item.html = text;
				case "summary" -> item.summary = text;
				case "date_published" -> item.published = text;
				case "date_modified" -> item.modified = text;
				case "authors" -> item.author = (value == JsonToken.START_ARRAY) ? JsonPostObject.firstName(json) : null;
				case "author" -> item.author = (value == JsonToken.START_OBJECT) ? JsonPostObject.name(json) : null;
				case "tags" -> item.tags = (value == JsonToken.START_ARRAY) ? strings(json) : List.of();
				default -> {
					// passed over, as is a value of the wrong kind below
				}
			}
			json.skipChildren();
		}
		String date = firstNonBlank(item.published, item.modified);
		if (date == null) {
			return new Reject(source(), line, "no date");
		}
		ArchiveEntry assembled = PostAssembler.assemble(source(), line, item.title,
				firstNonBlank(item.author, this.feedAuthor), date, item.body(), item.tags);
		if (assembled instanceof Post post) {
			PostOrigin origin = PostOrigin.of(Network.FEED);
			return post.from((item.url != null && !item.url.isBlank()) ? origin.withUrl(item.url.strip()) : origin,
					Engagement.UNKNOWN);
		}
		return assembled;
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
