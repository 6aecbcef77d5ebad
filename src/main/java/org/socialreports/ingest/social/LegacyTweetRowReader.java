package org.socialreports.ingest.social;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;

/**
 * Reads one row of the {@code tweets.csv} of Twitter archives before 2018. The row names the
 * addresses of its {@code t.co} links in {@code expanded_urls}, in the order of the text;
 * those of attached photos and videos are dropped. The file counts no engagement.
 */
final class LegacyTweetRowReader implements CsvRowReader {

	static final List<String> COLUMNS = List.of("tweet_id", "in_reply_to_status_id", "timestamp", "text",
			"retweeted_status_id", "expanded_urls");

	private static final Pattern SHORT_LINK = Pattern.compile("https?://t\\.co/[A-Za-z0-9]+");

	private final String source;

	private final Account account;

	LegacyTweetRowReader(String source, Account account) {
		this.source = source;
		this.account = account;
	}

	@Override
	public ArchiveEntry read(Row row, long line) {
		String written = row.get("text");
		if (Tweets.isRetweet(written) || !row.get("retweeted_status_id").isBlank()) {
			return null;
		}
		String id = row.get("tweet_id").strip();
		List<String> expanded = row.get("expanded_urls").isBlank() ? List.of()
				: List.of(row.get("expanded_urls").split(","));
		PostKind kind = !row.get("in_reply_to_status_id").isBlank() ? PostKind.REPLY
				: expanded.stream().anyMatch((url) -> Tweets.quotes(url, id)) ? PostKind.QUOTE : PostKind.POST;
		PostOrigin origin = new PostOrigin(Network.X, kind, Tweets.url(this.account, id), null);
		String timestamp = row.get("timestamp");
		return SocialPosts.post(this.source, line, this.account.name(), Tweets.NO_AUTHOR, timestamp,
				Tweets.day(timestamp), text(written, expanded), origin, Engagement.UNKNOWN);
	}

	private static String text(String written, List<String> expanded) {
		Matcher links = SHORT_LINK.matcher(written);
		StringBuilder text = new StringBuilder();
		int next = 0;
		while (links.find()) {
			String url = (next < expanded.size()) ? expanded.get(next++).strip() : links.group();
			links.appendReplacement(text, Matcher.quoteReplacement(Tweets.isMediaLink(url) ? "" : url));
		}
		links.appendTail(text);
		return Tweets.unescape(text.toString()).strip();
	}

}
