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
class XTweetsTests {

	private static final Account AMELIE = new Account("Amélie Durand", "amelie_durand");

	private static final String FILE = "x/data/tweets.js";

	@Test
	void tweetsArePostsWithTheirLinksExpandedAndRetweetsAndMediaOnlyTweetsSkipped() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.X_TWEETS, FILE, AMELIE);

		assertThat(entries.posts()).extracting("line", "author", "date", "body")
			.containsExactly(
					tuple(2L, "Amélie Durand", LocalDate.of(2023, 5, 13),
							"Twitter en entreprise : nos cinq conseils & un exemple https://www.example.org/blog/twitter-en-entreprise"),
					tuple(31L, "Amélie Durand", LocalDate.of(2023, 5, 14), "@yann D'accord, la sécurité d'abord."),
					tuple(102L, "Amélie Durand", LocalDate.of(2023, 5, 15),
							"Une réponse de crise ratée https://twitter.com/marque/status/1657437500000000000"));
		assertThat(entries.posts()).extracting("origin", "engagement")
			.containsExactly(
					tuple(new PostOrigin(Network.X, PostKind.POST,
							"https://x.com/amelie_durand/status/1657435576369332225", "fr"), new Engagement(12L, 3L, null)),
					tuple(new PostOrigin(Network.X, PostKind.REPLY,
							"https://x.com/amelie_durand/status/1657436000000000001", "fr"), new Engagement(1L, 0L, null)),
					tuple(new PostOrigin(Network.X, PostKind.QUOTE,
							"https://x.com/amelie_durand/status/1657439000000000004", "fr"), new Engagement(7L, 2L, null)));
		// the retweet and the tweet of a photo alone
		assertThat(entries.skipped()).isEqualTo(2);
		assertThat(entries.rejects()).containsExactly(new Reject(FILE, 134, "unreadable date 'sometime in May'"));
		assertThat(entries.read()).isEqualTo(6);
	}

	@Test
	void aTweetHasNoTitleOfItsOwnSoItsTextStartsIt() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.X_TWEETS, FILE, AMELIE);

		assertThat(entries.posts()).extracting("title")
			.containsExactly("Twitter en entreprise : nos cinq conseils & un exemple…",
					"@yann D'accord, la sécurité d'abord.",
					"Une réponse de crise ratée https://twitter.com/marque/status/1657437500000000000");
		assertThat(entries.posts().get(1).words()).isEqualTo(5);
	}

	@Test
	void withoutTheAccountEveryTweetIsARejectThatSaysWhichFileNamesIt() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.X_TWEETS, FILE, null);

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).extracting(Reject::reason)
			.containsExactly(Tweets.NO_AUTHOR, Tweets.NO_AUTHOR, Tweets.NO_AUTHOR, "unreadable date 'sometime in May'");
	}

	@Test
	void withoutAHandleTheAddressNeedsNone() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.X_TWEETS, FILE, new Account("Amélie Durand", null));

		assertThat(entries.posts().get(0).origin().url()).isEqualTo("https://x.com/i/web/status/1657435576369332225");
	}

	@Test
	void archivesOf2019HoldTheTweetsThemselvesAndLaterPartsAreNumbered() throws Exception {
		String js = """
				window.YTD.tweet.part1 = [ {
				  "id_str" : "1", "created_at" : "Fri May 03 06:33:49 +0000 2019", "full_text" : "Un tweet de 2019",
				  "favorite_count" : 4, "retweet_count" : 0
				} ]""";

		SocialEntries entries = SocialEntries.read(SocialExports.open(SocialFormat.X_TWEETS,
				() -> new ByteArrayInputStream(js.getBytes(StandardCharsets.UTF_8)), "tweets-part1.js", AMELIE));

		assertThat(entries.posts()).singleElement().satisfies((post) -> {
			assertThat(post.line()).isEqualTo(1);
			assertThat(post.body()).isEqualTo("Un tweet de 2019");
			assertThat(post.engagement()).isEqualTo(new Engagement(4L, 0L, null));
		});
	}

	@Test
	void aFileCutShortKeepsTheTweetsBeforeTheBreakAndEndsWithARejectAtItsLine() throws Exception {
		String js = """
				window.YTD.tweets.part0 = [
				  { "tweet" : { "id_str" : "1", "created_at" : "Sat May 13 17:20:09 +0000 2023", "full_text" : "Complet" } },
				  { "tweet" : { "id_str" : "2", "created_at" : "Sat May 13 17:20:09 +0000 2023", "full_text" : "Coup""";

		SocialEntries entries = SocialEntries.read(SocialExports.open(SocialFormat.X_TWEETS,
				() -> new ByteArrayInputStream(js.getBytes(StandardCharsets.UTF_8)), "tweets.js", AMELIE));

		assertThat(entries.posts()).extracting("body").containsExactly("Complet");
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.reason()).startsWith("JSON not well-formed at line 3, reading stopped: ");
		});
	}

}
