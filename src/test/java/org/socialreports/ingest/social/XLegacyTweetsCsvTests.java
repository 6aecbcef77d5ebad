package org.socialreports.ingest.social;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialreports.DefaultLocale;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DefaultLocale("fr-FR")
class XLegacyTweetsCsvTests {

	private static final Account AMELIE = new Account("Amélie Durand", "amelie_durand");

	@Test
	void rowsArePostsWithTheirLinksExpandedAndRetweetsSkipped() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.X_LEGACY_CSV, "x-legacy/tweets.csv", AMELIE);

		assertThat(entries.posts()).extracting("line", "author", "date", "body", "origin", "engagement")
			.containsExactly(
					tuple(3L, "Amélie Durand", LocalDate.of(2015, 8, 21),
							"Le blog d'entreprise, \"outil\" & vitrine : http://www.example.org/blog-entreprise",
							new PostOrigin(Network.X, PostKind.POST, "https://x.com/amelie_durand/status/634796433326088197",
									null),
							Engagement.UNKNOWN),
					tuple(4L, "Amélie Durand", LocalDate.of(2015, 8, 21), "@yann Jamais assez de tableaux blancs.",
							new PostOrigin(Network.X, PostKind.REPLY,
									"https://x.com/amelie_durand/status/634760460865273856", null),
							Engagement.UNKNOWN),
					tuple(5L, "Amélie Durand", LocalDate.of(2015, 8, 20),
							"Vu ce matin :\nune crise bien gérée https://twitter.com/marque/status/634600000000000000",
							new PostOrigin(Network.X, PostKind.QUOTE,
									"https://x.com/amelie_durand/status/634700000000000000", null),
							Engagement.UNKNOWN));
		assertThat(entries.posts().get(2).title()).isEqualTo("Vu ce matin :");
		assertThat(entries.skipped()).isEqualTo(1);
		assertThat(entries.rejects()).isEmpty();
	}

	@Test
	void aFileWithoutTheArchiveColumnsIsOneReject() throws Exception {
		byte[] csv = "tweet_id,text\n1,Bonjour\n".getBytes(StandardCharsets.UTF_8);

		SocialEntries entries = SocialEntries.read(SocialExports.open(SocialFormat.X_LEGACY_CSV,
				() -> new ByteArrayInputStream(csv), "tweets.csv", AMELIE));

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).containsExactly(new Reject("tweets.csv", 1,
				"CSV header has no column in_reply_to_status_id, timestamp, retweeted_status_id, expanded_urls"));
	}

}
