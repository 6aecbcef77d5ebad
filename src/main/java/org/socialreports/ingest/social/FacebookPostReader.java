package org.socialreports.ingest.social;

import java.util.ArrayList;
import java.util.List;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostOrigin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one entry of Facebook's {@code your_posts_1.json} (or {@code profile_posts_1.json}, a
 * Page's posts): {@code {"timestamp": …, "data": [{"post": "…"}, …], "title": "…"}}. Its text
 * is what {@code data} says in its {@code post}s; an entry without (a check-in, a
 * recommendation, a photo or a link shared without a comment) is skipped. The entry's
 * {@code title} is Facebook's sentence about it ("… updated his status."), not a title.
 * The file names neither author nor address, counts no engagement.
 */
final class FacebookPostReader implements JsonEntryReader {

	static final String NO_AUTHOR = "no author: the export's profile information names the account, and was not given";

	private final String source;

	private final Account account;

	FacebookPostReader(String source, Account account) {
		this.source = source;
		this.account = account;
	}

	@Override
	public ArchiveEntry read(JsonNode entry, long line) {
		List<String> paragraphs = new ArrayList<>();
		for (JsonNode data : entry.path("data")) {
			String post = Latin1Escapes.repair(SocialPosts.text(data.path("post"))).strip();
			if (!post.isEmpty()) {
				paragraphs.add(post);
			}
		}
		JsonNode timestamp = entry.path("timestamp");
		return SocialPosts.post(this.source, line, this.account.name(), NO_AUTHOR, timestamp.asText(),
				SocialPosts.epochDay(timestamp), String.join("\n\n", paragraphs), PostOrigin.of(Network.FACEBOOK),
				Engagement.UNKNOWN);
	}

}
