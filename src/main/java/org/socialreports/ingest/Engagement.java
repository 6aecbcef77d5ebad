package org.socialreports.ingest;

/**
 * What a post drew, as its export counts it; a count the export does not give is {@code null},
 * never zero, so that "no likes" and "likes unknown" stay apart.
 *
 * @param likes likes, favourites, reactions
 * @param reposts retweets, boosts, reposts, shares
 * @param replies replies, comments
 */
public record Engagement(Long likes, Long reposts, Long replies) {

	/** A post whose export counts nothing: a blog post, a feed entry. */
	public static final Engagement UNKNOWN = new Engagement(null, null, null);

	public boolean isKnown() {
		return this.likes != null || this.reposts != null || this.replies != null;
	}

	/** Likes, reposts and replies together, the unknown ones counting nothing. */
	public long total() {
		return value(this.likes) + value(this.reposts) + value(this.replies);
	}

	private static long value(Long count) {
		return (count != null) ? count : 0;
	}

}
