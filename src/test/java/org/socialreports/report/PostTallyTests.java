package org.socialreports.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.ingest.Network;

import static org.assertj.core.api.Assertions.assertThat;

class PostTallyTests {

	@Test
	void engagementIsAddedUpPerNetworkThemeAndAuthorAsThePostsGoBy() {
		List<ClassifiedPost> posts = SocialArchive.posts();
		PostTally tally = new PostTally(5, ShippedThemes.THEMES, SocialArchive.LAST);
		posts.forEach(tally::offer);

		PostFigures figures = tally.figures();

		for (Network network : List.of(Network.X, Network.MASTODON, Network.BLUESKY, Network.LINKEDIN, Network.BLOG)) {
			List<ClassifiedPost> of = posts.stream().filter((post) -> post.origin().network() == network).toList();
			EngagementTotals totals = figures.byNetwork().get(network);
			assertThat(totals.posts()).as(network.id()).isEqualTo(of.size());
			assertThat(totals.counted()).isEqualTo(of.stream().filter((post) -> post.engagement().isKnown()).count());
			assertThat(totals.likes()).isEqualTo(of.stream()
				.mapToLong((post) -> (post.engagement().likes() != null) ? post.engagement().likes() : 0)
				.sum());
		}
		// Mastodon's outbox counts no replies: unknown, not zero; LinkedIn's export counts nothing
		assertThat(figures.byNetwork().get(Network.MASTODON).repliesCounted()).isZero();
		assertThat(figures.byNetwork().get(Network.MASTODON).likesCounted()).isPositive();
		assertThat(figures.byNetwork().get(Network.LINKEDIN).counted()).isZero();
		assertThat(figures.byTheme().values().stream().mapToLong(EngagementTotals::posts).sum()).isEqualTo(posts.size());
		assertThat(figures.mostEngaging()).hasSize(PostTally.MOST_ENGAGING)
			.isSortedAccordingTo(PostTally.MOST_ENGAGING_FIRST)
			.allSatisfy((post) -> assertThat(post.engagement().isKnown()).isTrue());
		long best = posts.stream().mapToLong((post) -> post.engagement().total()).max().orElseThrow();
		assertThat(figures.mostEngaging().get(0).engagement().total()).isEqualTo(best);
		assertThat(figures.topByEngagement().get(ShippedThemes.CRISIS_COMMUNICATION)).hasSize(5)
			.allSatisfy((post) -> assertThat(post.classification().theme()).isEqualTo(ShippedThemes.CRISIS_COMMUNICATION));
		assertThat(figures.byAuthor()).containsOnlyKeys("Hervé Kabla", "Yann Gourvennec", "Agence Média-Cœur",
				"Zoé Lefèvre");
		assertThat(figures.postsBySource().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(posts.size());
		assertThat(figures.latestMonthLeaders().get(ShippedThemes.CRISIS_COMMUNICATION).date().getMonth())
			.isEqualTo(SocialArchive.LAST.getMonth());
		assertThat(figures.hasEngagement()).isTrue();
	}

	@Test
	void blogPostsCountNoEngagement() {
		PostTally tally = new PostTally(5, ShippedThemes.THEMES, null);
		SocialArchive.posts().stream().filter((post) -> post.origin().network() == Network.BLOG).forEach(tally::offer);

		PostFigures figures = tally.figures();

		assertThat(figures.hasEngagement()).isFalse();
		assertThat(figures.mostEngaging()).isEmpty();
		assertThat(figures.byAuthor()).isEmpty();
		assertThat(figures.latestMonthLeaders()).isEmpty();
	}

}
