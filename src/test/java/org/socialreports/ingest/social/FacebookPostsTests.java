package org.socialreports.ingest.social;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialreports.DefaultLocale;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DefaultLocale("fr-FR")
class FacebookPostsTests {

	private static final Account AMELIE = new Account("Amélie Durand", null);

	private static final String FILE = "facebook/your_posts_1.json";

	@Test
	void entriesWithTextArePostsRepairedFromLatin1EscapesAndTheOthersSkipped() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.FACEBOOK_POSTS, FILE, AMELIE);

		assertThat(entries.posts()).extracting("line", "author", "date", "body")
			.containsExactly(
					tuple(7L, "Amélie Durand", LocalDate.of(2014, 4, 9),
							"Première journée au salon : l’équipe a présenté notre blog d’entreprise. 😀"),
					tuple(36L, "Amélie Durand", LocalDate.of(2014, 5, 13), "Lisez ceci avant votre prochaine crise."),
					// already right: kept as it is
					tuple(67L, "Amélie Durand", LocalDate.of(2014, 9, 6), "Déjà en UTF-8, café compris"));
		assertThat(entries.posts()).extracting("origin", "engagement")
			.containsOnly(tuple(PostOrigin.of(Network.FACEBOOK), Engagement.UNKNOWN));
		// Facebook's sentence about the entry is no title
		assertThat(entries.posts().get(0).title()).isEqualTo("Première journée au salon : l’équipe a présenté notre blog d’entreprise.");
		// a recommendation, a link shared without a comment
		assertThat(entries.skipped()).isEqualTo(2);
		assertThat(entries.rejects()).containsExactly(new Reject(FILE, 59, "no date"));
	}

	@Test
	void withoutTheAccountThePostsAreRejectsThatSayWhy() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.FACEBOOK_POSTS, FILE, Account.NONE);

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).extracting(Reject::reason)
			.containsExactly(FacebookPostReader.NO_AUTHOR, FacebookPostReader.NO_AUTHOR, FacebookPostReader.NO_AUTHOR,
					FacebookPostReader.NO_AUTHOR);
	}

	@Test
	void aFileThatIsNotAnArrayIsOneReject() throws Exception {
		byte[] json = "{\"status_updates\": []}".getBytes(StandardCharsets.UTF_8);

		SocialEntries entries = SocialEntries.read(SocialExports.open(SocialFormat.FACEBOOK_POSTS,
				() -> new ByteArrayInputStream(json), "your_posts_1.json", AMELIE));

		assertThat(entries.rejects()).containsExactly(
				new Reject("your_posts_1.json", 1, "not Facebook posts: the JSON is not an array"));
	}

}
