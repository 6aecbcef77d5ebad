package org.socialreports.ingest.social;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialreports.DefaultLocale;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DefaultLocale("fr-FR")
class BlueskyFeedTests {

	private static final String PROFILE = "https://bsky.app/profile/amelie.bsky.social/post/";

	@Test
	void ownPostsArePostsSignedByTheirAuthorAndRepostsPinsAndImagesAloneSkipped() throws Exception {
		// the feed names its author: no account is needed
		SocialEntries entries = SocialEntries.read(SocialFormat.BLUESKY_FEED, "bluesky/author-feed.json", null);

		assertThat(entries.posts()).extracting("line", "author", "date", "body")
			.containsExactly(
					tuple(1L, "Amélie Durand", LocalDate.of(2026, 1, 28),
							"Notre guide de crise : https://www.example.org/guide-de-crise-2026 à lire avant lundi"),
					tuple(1L, "Amélie Durand", LocalDate.of(2026, 1, 28), "Oui, et vite !"),
					tuple(1L, "Amélie Durand", LocalDate.of(2026, 1, 26), "This is how not to handle a crisis"));
		assertThat(entries.posts()).extracting("origin", "engagement")
			.containsExactly(
					tuple(new PostOrigin(Network.BLUESKY, PostKind.POST, PROFILE + "3maaa00000001", "fr"),
							new Engagement(14L, 4L, 2L)),
					tuple(new PostOrigin(Network.BLUESKY, PostKind.REPLY, PROFILE + "3mbbb00000002", "fr"),
							new Engagement(2L, 0L, 0L)),
					tuple(new PostOrigin(Network.BLUESKY, PostKind.QUOTE, PROFILE + "3mddd00000004", "en"),
							new Engagement(5L, 1L, 0L)));
		// the pinned post repeated at the top, Bob's post reposted, an image without text
		assertThat(entries.skipped()).isEqualTo(3);
		assertThat(entries.rejects()).isEmpty();
	}

}
