package org.socialreports.ingest.social;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one item of the feed that Bluesky's {@code app.bsky.feed.getAuthorFeed} returns:
 * {@code {"post": {"uri", "author", "record": {"text", "createdAt", "reply"?, "embed"?},
 * "likeCount", …}, "reason"?, "reply"?}}. An item with a {@code reason} is a repost, or the
 * pinned post repeated at the top of the feed: skipped. The item's {@code reply} is the
 * conversation it answers, others' posts, not read. Links the app shortens in the text are
 * given whole, from the record's facets.
 */
final class BlueskyFeedItemReader implements JsonEntryReader {

	private static final String LINK = "app.bsky.richtext.facet#link";

	private final String source;

	BlueskyFeedItemReader(String source) {
		this.source = source;
	}

	@Override
	public ArchiveEntry read(JsonNode item, long line) {
		if (item.hasNonNull("reason")) {
			return null;
		}
		JsonNode post = item.path("post");
		JsonNode record = post.path("record");
		JsonNode author = post.path("author");
		String handle = SocialPosts.text(author.path("handle"));
		String name = SocialPosts.text(author.path("displayName")).isBlank() ? handle
				: SocialPosts.text(author.path("displayName"));
		PostOrigin origin = new PostOrigin(Network.BLUESKY, kind(record), url(handle, SocialPosts.text(post.path("uri"))),
				DeclaredLanguage.of(SocialPosts.text(record.path("langs").path(0))));
		Engagement engagement = new Engagement(SocialPosts.count(post.path("likeCount")),
				SocialPosts.count(post.path("repostCount")), SocialPosts.count(post.path("replyCount")));
		String createdAt = SocialPosts.text(record.path("createdAt"));
		return SocialPosts.post(this.source, line, name, "no author: the post's author has no handle", createdAt,
				SocialPosts.isoDay(createdAt), text(record), origin, engagement);
	}

	private static PostKind kind(JsonNode record) {
		if (record.hasNonNull("reply")) {
			return PostKind.REPLY;
		}
		String embed = SocialPosts.text(record.path("embed").path("$type"));
		return (embed.equals("app.bsky.embed.record") || embed.equals("app.bsky.embed.recordWithMedia"))
				? PostKind.QUOTE : PostKind.POST;
	}

	// https://bsky.app/profile/<handle>/post/<rkey>, the rkey ending the at:// uri
	private static String url(String handle, String uri) {
		if (handle.isBlank() || !uri.startsWith("at://") || !uri.contains("/app.bsky.feed.post/")) {
			return null;
		}
		return "https://bsky.app/profile/" + handle + "/post/" + uri.substring(uri.lastIndexOf('/') + 1);
	}

	// Facets count UTF-8 bytes: the link's range of bytes is replaced by its address.
	private static String text(JsonNode record) {
		String text = SocialPosts.text(record.path("text"));
		List<int[]> links = new ArrayList<>();
		List<String> uris = new ArrayList<>();
		for (JsonNode facet : record.path("facets")) {
			for (JsonNode feature : facet.path("features")) {
				if (SocialPosts.text(feature.path("$type")).equals(LINK) && feature.path("uri").isTextual()) {
					links.add(new int[] { facet.path("index").path("byteStart").asInt(-1),
							facet.path("index").path("byteEnd").asInt(-1), uris.size() });
					uris.add(feature.path("uri").asText());
				}
			}
		}
		if (links.isEmpty()) {
			return text.strip();
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		links.sort(Comparator.comparingInt((int[] link) -> link[0]));
		StringBuilder expanded = new StringBuilder();
		int at = 0;
		for (int[] link : links) {
			if (link[0] < at || link[1] < link[0] || link[1] > bytes.length) {
				// facets that do not fit the text: keep it as written
				return text.strip();
			}
			String shown = new String(bytes, link[0], link[1] - link[0], StandardCharsets.UTF_8);
			String uri = uris.get(link[2]);
			expanded.append(new String(bytes, at, link[0] - at, StandardCharsets.UTF_8))
				.append(shortens(shown, uri) ? uri : shown);
			at = link[1];
		}
		expanded.append(new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8));
		return expanded.toString().strip();
	}

	// "example.com/a-long-pa..." stands for its address; words a link is set on stay words
	private static boolean shortens(String shown, String uri) {
		String start = withoutScheme(shown).replaceFirst("(?:\\.\\.\\.|…)$", "");
		return !start.isEmpty() && withoutScheme(uri).startsWith(start);
	}

	private static String withoutScheme(String address) {
		return address.strip().replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
	}

}
