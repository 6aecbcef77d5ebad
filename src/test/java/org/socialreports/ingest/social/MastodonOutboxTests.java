package org.socialreports.ingest.social;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialreports.DefaultLocale;
import org.socialreports.ingest.ArchiveContent;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DefaultLocale("fr-FR")
class MastodonOutboxTests {

	private static final String FILE = "mastodon/outbox.json";

	@Test
	void notesArePostsWithTheirHtmlMadeTextAndBoostsDirectMessagesAndEmptyNotesSkipped() throws Exception {
		Account actor = SocialExports.mastodonActor(ArchiveContent.of(SocialEntries.resource("mastodon/actor.json")))
			.orElseThrow();

		SocialEntries entries = SocialEntries.read(SocialFormat.MASTODON_OUTBOX, FILE, actor);

		// the outbox is one line
		assertThat(entries.posts()).extracting("line", "author", "date", "body")
			.containsExactly(
					tuple(1L, "Amélie Durand", LocalDate.of(2023, 5, 17),
							// &nbsp; stays the no-break space of French typography
							"Nos conseils pour une #crise bien gérée\u00A0: écouter d'abord.\n\nhttps://www.example.org/crise"),
					tuple(1L, "Amélie Durand", LocalDate.of(2023, 5, 18), "@bob Merci, je relaie à l’équipe."),
					tuple(1L, "Amélie Durand", LocalDate.of(2023, 5, 20),
							"Chiffres internes\n\nBilan du trimestre réservé aux abonnés."));
		assertThat(entries.posts()).extracting("origin", "engagement")
			.containsExactly(
					tuple(new PostOrigin(Network.MASTODON, PostKind.POST, "https://mastodon.example/@amelie/111", "fr"),
							Engagement.UNKNOWN),
					tuple(new PostOrigin(Network.MASTODON, PostKind.REPLY, "https://mastodon.example/@amelie/113", "fr"),
							Engagement.UNKNOWN),
					tuple(new PostOrigin(Network.MASTODON, PostKind.POST, "https://mastodon.example/@amelie/116", "en"),
							new Engagement(5L, 2L, null)));
		// the boost, the direct message, the note of an image alone
		assertThat(entries.skipped()).isEqualTo(3);
		assertThat(entries.rejects()).isEmpty();
	}

	@Test
	void withoutActorJsonTheAuthorIsTheHandleOfTheActorsAddress() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.MASTODON_OUTBOX, FILE, null);

		assertThat(entries.posts()).extracting("author").containsOnly("@amelie@mastodon.example").hasSize(3);
	}

}
