package org.socialreports.ingest.social;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one tweet of X's {@code tweets.js}: {@code {"tweet": {…}}}, or the tweet itself in
 * the archives of 2019. Retweets are skipped; the {@code t.co} links of the text are replaced by
 * the addresses they stand for, those of attached media dropped.
 */
final class TweetReader implements JsonEntryReader {

	private final String source;

	private final Account account;

	TweetReader(String source, Account account) {
		this.source = source;
		this.account = account;
	}

	@Override
	public ArchiveEntry read(JsonNode item, long line) {
		JsonNode tweet = item.has("tweet") ? item.get("tweet") : item;
		String fullText = SocialPosts.text(tweet.has("full_text") ? tweet.get("full_text") : tweet.path("text"));
		if (Tweets.isRetweet(fullText) || tweet.has("retweeted_status")) {
			return null;
		}
		String id = SocialPosts.text(tweet.has("id_str") ? tweet.get("id_str") : tweet.path("id"));
		String createdAt = SocialPosts.text(tweet.path("created_at"));
		PostOrigin origin = new PostOrigin(Network.X, kind(tweet, id), Tweets.url(this.account, id),
				DeclaredLanguage.of(SocialPosts.text(tweet.path("lang"))));
		Engagement engagement = new Engagement(SocialPosts.count(tweet.path("favorite_count")),
				SocialPosts.count(tweet.path("retweet_count")), SocialPosts.count(tweet.path("reply_count")));
		return SocialPosts.post(this.source, line, this.account.name(), Tweets.NO_AUTHOR, createdAt,
				Tweets.day(createdAt), text(fullText, tweet), origin, engagement);
	}

	private static String text(String fullText, JsonNode tweet) {
		String text = fullText;
		for (JsonNode link : tweet.path("entities").path("urls")) {
			String shortUrl = SocialPosts.text(link.path("url"));
			String expanded = SocialPosts.text(link.path("expanded_url"));
			if (!shortUrl.isEmpty() && !expanded.isEmpty()) {
				text = text.replace(shortUrl, expanded);
			}
		}
		text = withoutMedia(text, tweet.path("entities").path("media"));
		text = withoutMedia(text, tweet.path("extended_entities").path("media"));
		return Tweets.unescape(text).strip();
	}

	private static String withoutMedia(String text, JsonNode media) {
		String without = text;
		for (JsonNode attached : media) {
			String shortUrl = SocialPosts.text(attached.path("url"));
			if (!shortUrl.isEmpty()) {
				without = without.replace(shortUrl, "");
			}
		}
		return without;
	}

	private static PostKind kind(JsonNode tweet, String id) {
		if (!SocialPosts.text(tweet.path("in_reply_to_status_id_str")).isEmpty()
				|| !SocialPosts.text(tweet.path("in_reply_to_status_id")).isEmpty()) {
			return PostKind.REPLY;
		}
		if (tweet.hasNonNull("quoted_status_id_str") || tweet.hasNonNull("quoted_status_id")
				|| tweet.hasNonNull("quoted_status") || tweet.hasNonNull("quoted_status_permalink")) {
			return PostKind.QUOTE;
		}
		for (JsonNode link : tweet.path("entities").path("urls")) {
			if (Tweets.quotes(SocialPosts.text(link.path("expanded_url")), id)) {
				return PostKind.QUOTE;
			}
		}
		return PostKind.POST;
	}

}
