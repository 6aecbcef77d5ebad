package org.socialreports.report;

import java.util.List;
import java.util.Map;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Network;

/**
 * What the reports learn from the posts themselves, gathered while they go by once (see
 * {@link PostTally}): what the aggregates cannot tell.
 *
 * @param topByScore per scored theme, its highest-scoring posts, best first
 * @param topByEngagement per scored theme, the posts that drew the most, most first; only posts
 * whose export counts their engagement
 * @param mostEngaging the posts that drew the most, whatever their theme, most first
 * @param byTheme engagement per theme, every theme of the report present
 * @param byNetwork posts and engagement per network, the networks with posts only
 * @param byAuthor engagement per author, the authors with a post whose engagement is counted
 * @param postsBySource the posts of each input file in the report's period
 * @param latestMonthLeaders per theme, its best-scoring post of the period's latest month
 */
public record PostFigures(Map<Theme, List<ClassifiedPost>> topByScore, Map<Theme, List<ClassifiedPost>> topByEngagement,
		List<ClassifiedPost> mostEngaging, Map<Theme, EngagementTotals> byTheme, Map<Network, EngagementTotals> byNetwork,
		Map<String, EngagementTotals> byAuthor, Map<String, Long> postsBySource,
		Map<Theme, ClassifiedPost> latestMonthLeaders) {

	/** Figures that only know each theme's best posts: for reports built by hand. */
	public static PostFigures ofTopPosts(Map<Theme, List<ClassifiedPost>> topByScore) {
		return new PostFigures(topByScore, Map.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
	}

	/** Whether any post's export counts its engagement: social exports do, blogs and feeds do not. */
	public boolean hasEngagement() {
		return !this.mostEngaging.isEmpty();
	}

	public EngagementTotals engagementOf(Theme theme) {
		return this.byTheme.getOrDefault(theme, EngagementTotals.NONE);
	}

	public long postsOf(String source) {
		return this.postsBySource.getOrDefault(source, 0L);
	}

}
