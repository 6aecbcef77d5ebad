package org.socialreports.ingest.social;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.HtmlText;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one activity of a Mastodon {@code outbox.json}. A {@code Create} of a note is a post, its
 * HTML made text, its content warning ({@code summary}) first; an {@code Announce} (a boost) is
 * skipped, and so is a direct message, addressed to neither the public nor the followers: a
 * private conversation, not something published. The author is the account's display name
 * from {@code actor.json} when it was read, else its handle, {@code @name@server}, from the
 * actor's address.
 */
final class OutboxActivityReader implements JsonEntryReader {

	private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

	private final String source;

	private final Account account;

	OutboxActivityReader(String source, Account account) {
		this.source = source;
		this.account = account;
	}

	@Override
	public ArchiveEntry read(JsonNode activity, long line) {
		String type = SocialPosts.text(activity.path("type"));
		if (!type.equals("Create")) {
			// Announce (boosts), and any other activity: nothing written
			return null;
		}
		JsonNode note = activity.path("object");
		if (!note.isObject()) {
			return new Reject(this.source, line, "Create activity without its note");
		}
		if (!addressedToPublicOrFollowers(note.has("to") ? note : activity)) {
			return null;
		}
		String summary = SocialPosts.text(note.path("summary"));
		String content = HtmlText.of(SocialPosts.text(note.path("content")));
		String text = summary.isBlank() || content.isEmpty() ? content : HtmlText.of(summary) + "\n\n" + content;
		String actor = SocialPosts.text(activity.path("actor"));
		String author = this.account.name().isEmpty() ? handle(actor) : this.account.name();
		PostKind kind = SocialPosts.text(note.path("inReplyTo")).isEmpty() ? PostKind.POST : PostKind.REPLY;
		PostOrigin origin = new PostOrigin(Network.MASTODON, kind, url(note), language(note));
		Engagement engagement = new Engagement(SocialPosts.count(note.path("likes").path("totalItems")),
				SocialPosts.count(note.path("shares").path("totalItems")), null);
		String published = SocialPosts.text(note.has("published") ? note.get("published") : activity.path("published"));
		return SocialPosts.post(this.source, line, author, "no author: the activity names no actor", published,
				SocialPosts.isoDay(published), text, origin, engagement);
	}

	private static boolean addressedToPublicOrFollowers(JsonNode addressed) {
		for (String field : new String[] { "to", "cc" }) {
			for (JsonNode recipient : addressed.path(field)) {
				String address = SocialPosts.text(recipient);
				if (address.equals(PUBLIC) || address.equals("as:Public") || address.endsWith("/followers")) {
					return true;
				}
			}
		}
		return false;
	}

	private static String url(JsonNode note) {
		String url = SocialPosts.text(note.path("url"));
		if (url.isEmpty()) {
			// some servers write the address as a Link object, or a list of them
			url = SocialPosts.text(note.path("url").path("href"));
		}
		if (url.isEmpty() && note.path("url").isArray()) {
			url = SocialPosts.text(note.path("url").path(0).path("href"));
		}
		if (url.isEmpty()) {
			url = SocialPosts.text(note.path("id"));
		}
		return url.isEmpty() ? null : url;
	}

	private static String language(JsonNode note) {
		Iterator<String> languages = note.path("contentMap").fieldNames();
		return languages.hasNext() ? DeclaredLanguage.of(languages.next()) : null;
	}

	/** {@code https://indieweb.social/users/dealingwith} as {@code @dealingwith@indieweb.social}. */
	static String handle(String actor) {
		try {
			URI uri = new URI(actor);
			String path = (uri.getPath() != null) ? uri.getPath().replaceAll("/+$", "") : "";
			String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("^@", "");
			return (uri.getHost() == null || name.isEmpty()) ? actor : "@" + name + "@" + uri.getHost();
		}
		catch (URISyntaxException ex) {
			return actor;
		}
	}

}
