package org.socialreports.ingest.social;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What X's two archive formats, {@code tweets.js} and the older {@code tweets.csv}, share: how
 * a retweet, a quote and a tweet's address look, its dates and its escaped text.
 */
final class Tweets {

	static final String NO_AUTHOR = "no author: the account's name is in the archive's account.js, which was not read";

	// Sat May 13 17:20:09 +0000 2023
	private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
			Locale.ENGLISH);

	// a link to a tweet is how the archive shows a quoted tweet
	private static final Pattern STATUS_LINK = Pattern
		.compile("https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(?:[A-Za-z0-9_]+|i/web)/status(?:es)?/([0-9]+)/?(?:\\?.*)?");

	// the link X gives an attached photo or video: not words of the tweet
	private static final Pattern MEDIA_LINK = Pattern
		.compile("https?://(?:www\\.)?(?:twitter|x)\\.com/[A-Za-z0-9_]+/status/[0-9]+/(?:photo|video)/[0-9]+");

	private Tweets() {
	}

	/** A retweet, with no words of its own: {@code RT @someone: …}. */
	static boolean isRetweet(String text) {
		return text.startsWith("RT @");
	}

	/** Whether the link points to another tweet than this one: the tweet quotes it. */
	static boolean quotes(String expandedUrl, String ownId) {
		var status = STATUS_LINK.matcher(expandedUrl);
		return status.matches() && !status.group(1).equals(ownId);
	}

	static boolean isMediaLink(String expandedUrl) {
		return MEDIA_LINK.matcher(expandedUrl).matches();
	}

	/** The text as X escapes it in archives ({@code &amp;}, {@code &lt;}, {@code &gt;}), unescaped. */
	static String unescape(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}

	/** The tweet's address, by the account's handle when known. */
	static String url(Account account, String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		return "https://x.com/" + (account.hasHandle() ? account.handle().strip() : "i/web") + "/status/" + id;
	}

	/** {@code created_at} ({@code Sat May 13 17:20:09 +0000 2023}), or an ISO date: its day as written. */
	static LocalDate day(String createdAt) {
		if (createdAt == null || createdAt.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(createdAt.strip(), CREATED_AT).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			return SocialPosts.isoDay(createdAt);
		}
	}

}
