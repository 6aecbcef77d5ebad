package org.socialreports.ingest.social;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialreports.DefaultLocale;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostOrigin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DefaultLocale("fr-FR")
class InstagramAndThreadsTests {

	private static final Account AMELIE = new Account("Amélie Durand", "amelie.durand");

	@Test
	void instagramPostsAreTheirCaptionsFromTheMediumOrThePostAndPostsWithoutAreSkipped() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.INSTAGRAM_POSTS, "instagram/posts_1.json", AMELIE);

		assertThat(entries.posts()).extracting("line", "author", "date", "body")
			.containsExactly(
					tuple(2L, "Amélie Durand", LocalDate.of(2023, 5, 20),
							"Crayons de couleur et stylo à bille.\n\n#dessin #créativité"),
					tuple(19L, "Amélie Durand", LocalDate.of(2023, 3, 7), "Essai des pastels, un cadeau d’anniversaire."));
		assertThat(entries.posts()).extracting("origin", "engagement")
			.containsOnly(tuple(PostOrigin.of(Network.INSTAGRAM), Engagement.UNKNOWN));
		assertThat(entries.skipped()).isEqualTo(1);
		assertThat(entries.rejects()).isEmpty();
	}

	@Test
	void threadsPostsAreReadTheSameWay() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.THREADS_POSTS, "threads/threads_and_replies.json",
				AMELIE);

		assertThat(entries.posts()).extracting("line", "date", "body", "origin")
			.containsExactly(
					tuple(3L, LocalDate.of(2024, 2, 28), "Bonne idée, je la note pour l’équipe",
							PostOrigin.of(Network.THREADS)),
					tuple(32L, LocalDate.of(2024, 2, 28), "Deux photos du salon", PostOrigin.of(Network.THREADS)));
		assertThat(entries.skipped()).isEqualTo(1);
		assertThat(entries.rejects()).isEmpty();
	}

}
