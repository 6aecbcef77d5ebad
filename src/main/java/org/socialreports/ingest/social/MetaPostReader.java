package org.socialreports.ingest.social;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostOrigin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one post of Instagram's {@code posts_1.json} or of Threads'
 * {@code threads_and_replies.json}: {@code {"media": [{"title": …, "creation_timestamp": …}],
 * "title": …, "creation_timestamp": …}}. A post of one medium has its caption in the medium's
 * {@code title}, a post of several in its own; a post without caption is skipped. The files name
 * neither author nor address, count no engagement.
 */
final class MetaPostReader implements JsonEntryReader {

	static final String NO_AUTHOR = "no author: the export's personal information names the account, and was not given";

	private final Network network;

	private final String source;

	private final Account account;

	MetaPostReader(Network network, String source, Account account) {
		this.network = network;
		this.source = source;
		this.account = account;
	}

	@Override
	public ArchiveEntry read(JsonNode post, long line) {
		JsonNode first = post.path("media").path(0);
		String caption = SocialPosts.text(post.path("title"));
		if (caption.isBlank()) {
			caption = SocialPosts.text(first.path("title"));
		}
		JsonNode timestamp = post.has("creation_timestamp") ? post.get("creation_timestamp")
				: first.path("creation_timestamp");
		return SocialPosts.post(this.source, line, this.account.name(), NO_AUTHOR, timestamp.asText(),
				SocialPosts.epochDay(timestamp), Latin1Escapes.repair(caption).strip(), PostOrigin.of(this.network),
				Engagement.UNKNOWN);
	}

}
