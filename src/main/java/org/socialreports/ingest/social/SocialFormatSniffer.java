package org.socialreports.ingest.social;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tells a social export's file from the first bytes of its content, by the structure each
 * network writes; the file's name only decides what the content leaves open (an empty array).
 * A generic JSON array of posts, with title, author, date and text, is none of them.
 */
final class SocialFormatSniffer {

	// window.YTD.tweets.part0 = [
	private static final Pattern SCRIPT = Pattern.compile("\\A\\s*window\\.YTD\\.([A-Za-z0-9_]+)\\.part[0-9]+\\s*=");

	private static final int MAX_KEYS_SHOWN = 12;

	private SocialFormatSniffer() {
	}

	static Optional<SocialFormat> recognise(String fileName, byte[] head) {
		int offset = bomLength(head);
		String start = new String(head, offset, Math.min(head.length - offset, 512), StandardCharsets.UTF_8).stripLeading();
		Matcher script = SCRIPT.matcher(start);
		if (script.lookingAt()) {
			String name = script.group(1);
			return (name.equals("tweets") || name.equals("tweet")) ? Optional.of(SocialFormat.X_TWEETS) : Optional.empty();
		}
		if (start.startsWith("{") || start.startsWith("[")) {
			JsonNode tree = HeadTree.of(head, offset);
			return (tree != null) ? json(tree, baseName(fileName)) : Optional.empty();
		}
		return csv(header(head, offset));
	}

	private static Optional<SocialFormat> json(JsonNode tree, String name) {
		if (tree.isObject()) {
			JsonNode items = tree.path("orderedItems");
			if (items.path(0).isObject() && items.path(0).has("type")
					|| items.isArray() && items.isEmpty() && SocialPosts.text(tree.path("id")).endsWith("/outbox")) {
				return Optional.of(SocialFormat.MASTODON_OUTBOX);
			}
			if (tree.path("text_post_app_text_posts").isArray()) {
				return Optional.of(SocialFormat.THREADS_POSTS);
			}
			if (isFeedItem(tree.path("feed").path(0))) {
				return Optional.of(SocialFormat.BLUESKY_FEED);
			}
			return Optional.empty();
		}
		if (!tree.isArray()) {
			return Optional.empty();
		}
		JsonNode first = tree.path(0);
		if (first.isMissingNode()) {
			return emptyArray(name);
		}
		if (first.path("tweet").isObject() || first.has("full_text") && first.has("id_str")) {
			return Optional.of(SocialFormat.X_TWEETS);
		}
		if (isFeedItem(first)) {
			return Optional.of(SocialFormat.BLUESKY_FEED);
		}
		JsonNode media = first.path("media").path(0);
		if (media.has("uri") || media.has("creation_timestamp")) {
			return Optional.of(SocialFormat.INSTAGRAM_POSTS);
		}
		if (first.path("timestamp").isIntegralNumber() && (first.path("data").isArray() || first.path("attachments").isArray())) {
			return Optional.of(SocialFormat.FACEBOOK_POSTS);
		}
		return Optional.empty();
	}

	private static boolean isFeedItem(JsonNode item) {
		return SocialPosts.text(item.path("post").path("uri")).startsWith("at://");
	}

	// An export with no post yet is an empty array: only its name says whose it is.
	private static Optional<SocialFormat> emptyArray(String name) {
		if (name.matches("(your|profile)_posts_[0-9]+\\.json")) {
			return Optional.of(SocialFormat.FACEBOOK_POSTS);
		}
		if (name.matches("posts_[0-9]+\\.json")) {
			return Optional.of(SocialFormat.INSTAGRAM_POSTS);
		}
		return Optional.empty();
	}

	private static Optional<SocialFormat> csv(List<String> header) {
		Set<String> columns = new HashSet<>();
		header.forEach((column) -> columns.add(column.strip()));
		if (columns.containsAll(LegacyTweetRowReader.COLUMNS)) {
			return Optional.of(SocialFormat.X_LEGACY_CSV);
		}
		if (columns.containsAll(LinkedInShareRowReader.COLUMNS)) {
			return Optional.of(SocialFormat.LINKEDIN_SHARES);
		}
		return Optional.empty();
	}

	/** What a JSON file of no known shape looks like, for its reject. */
	/** The files of the exports that hold no posts, by name. */
	private static final java.util.Set<String> COMPANION_FILES = java.util.Set.of("account.js", "actor.json",
			"profile.csv", "likes.json", "bookmarks.json");

	static boolean holdsNoPosts(String fileName, byte[] head) {
		String name = fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		if (COMPANION_FILES.contains(name)) {
			return true;
		}
		int offset = bomLength(head);
		String start = new String(head, offset, Math.min(head.length - offset, 512), StandardCharsets.UTF_8);
		Matcher script = SCRIPT.matcher(start);
		return script.lookingAt() && !script.group(1).startsWith("tweets");
	}

	static String describe(byte[] head) {
		int offset = bomLength(head);
		String start = new String(head, offset, Math.min(head.length - offset, 512), StandardCharsets.UTF_8).stripLeading();
		Matcher script = SCRIPT.matcher(start);
		if (script.lookingAt()) {
			return "X archive file window.YTD." + script.group(1) + ", which holds no tweets";
		}
		JsonNode tree = HeadTree.of(head, offset);
		if (tree == null) {
			return "not JSON";
		}
		if (tree.isObject()) {
			return "JSON of an unknown shape: top-level keys " + keys(tree);
		}
		if (!tree.isArray()) {
			return "JSON of an unknown shape: a single " + tree.getNodeType().name().toLowerCase(Locale.ROOT);
		}
		JsonNode first = tree.path(0);
		if (first.isMissingNode()) {
			return "an empty JSON array";
		}
		return first.isObject() ? "JSON of an unknown shape: an array of objects with keys " + keys(first)
				: "JSON of an unknown shape: an array of " + first.getNodeType().name().toLowerCase(Locale.ROOT) + "s";
	}

	private static String keys(JsonNode object) {
		List<String> keys = new ArrayList<>();
		Iterator<String> names = object.fieldNames();
		while (names.hasNext() && keys.size() < MAX_KEYS_SHOWN) {
			keys.add(names.next());
		}
		if (keys.isEmpty()) {
			return "(none)";
		}
		return String.join(", ", keys) + (names.hasNext() ? ", …" : "");
	}

	private static List<String> header(byte[] head, int offset) {
		String text = new String(head, offset, head.length - offset, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		String first = (end >= 0) ? text.substring(0, end) : text;
		try (CSVParser csv = CSVFormat.DEFAULT.parse(new StringReader(first))) {
			Iterator<CSVRecord> records = csv.iterator();
			return records.hasNext() ? records.next().toList() : List.of();
		}
		catch (IOException | RuntimeException ex) {
			// not CSV
			return List.of();
		}
	}

	private static String baseName(String fileName) {
		String name = (fileName != null) ? fileName.replace('\\', '/') : "";
		return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
	}

	static int bomLength(byte[] head) {
		return (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)
				? 3 : 0;
	}

}
