package org.socialreports.report;

/**
 * What a group of posts drew (a theme's, a network's, an author's): the counts of the posts whose
 * export gives them; a post whose export counts nothing is counted among the posts only.
 *
 * @param posts the group's posts
 * @param counted those of them whose export counts their engagement
 * @param likes their likes, favourites, reactions
 * @param reposts their reposts, retweets, boosts, shares
 * @param replies their replies, comments
 * @param likesCounted the posts whose export counts their likes: none, and the likes are unknown
 * @param repostsCounted the posts whose export counts their reposts
 * @param repliesCounted the posts whose export counts their replies (Mastodon's outbox does not)
 */
public record EngagementTotals(long posts, long counted, long likes, long reposts, long replies, long likesCounted,
		long repostsCounted, long repliesCounted) {

	public static final EngagementTotals NONE = new EngagementTotals(0, 0, 0, 0, 0, 0, 0, 0);

	/** Totals of posts whose exports count all three, or none. */
	public EngagementTotals(long posts, long counted, long likes, long reposts, long replies) {
		this(posts, counted, likes, reposts, replies, counted, counted, counted);
	}

	public long total() {
		return this.likes + this.reposts + this.replies;
	}

	/** Likes, reposts and replies per post counted; 0 when none is. */
	public double perPost() {
		return (this.counted == 0) ? 0 : (double) total() / this.counted;
	}

}
