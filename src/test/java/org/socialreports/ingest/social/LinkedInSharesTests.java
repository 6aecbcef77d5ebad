package org.socialreports.ingest.social;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialreports.DefaultLocale;
import org.socialreports.ingest.ArchiveContent;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DefaultLocale("fr-FR")
class LinkedInSharesTests {

	private static final String FILE = "linkedin/Shares.csv";

	private static final String SHARE = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A700000000000000000";

	@Test
	void sharesWithACommentaryArePostsSignedWithTheProfilesNameAndPlainReshareSkipped() throws Exception {
		Account profile = SocialExports.linkedInProfile(ArchiveContent.of(SocialEntries.resource("linkedin/Profile.csv")))
			.orElseThrow();

		SocialEntries entries = SocialEntries.read(SocialFormat.LINKEDIN_SHARES, FILE, profile);

		assertThat(entries.posts()).extracting("line", "author", "date", "body", "origin")
			.containsExactly(
					tuple(2L, "Amélie Durand", LocalDate.of(2025, 7, 1), """
							Trois leçons de notre dernière crise :

							1. Répondre vite.
							2. Dire "nous", pas "on".

							3. Suivre https://lnkd.in/gExample""",
							new PostOrigin(Network.LINKEDIN, PostKind.POST, SHARE + "1", null)),
					tuple(9L, "Amélie Durand", LocalDate.of(2025, 6, 29), "Bravo à toute l’équipe !",
							new PostOrigin(Network.LINKEDIN, PostKind.QUOTE, SHARE + "3", null)),
					tuple(10L, "Amélie Durand", LocalDate.of(2025, 6, 28), "Un lien utile pour le blog d'entreprise",
							new PostOrigin(Network.LINKEDIN, PostKind.POST, SHARE + "4", null)),
					tuple(11L, "Amélie Durand", LocalDate.of(2025, 6, 27), "Une date sans heure",
							new PostOrigin(Network.LINKEDIN, PostKind.POST, SHARE + "5", null)));
		assertThat(entries.posts()).extracting("engagement").containsOnly(Engagement.UNKNOWN);
		assertThat(entries.skipped()).isEqualTo(1);
		assertThat(entries.rejects()).containsExactly(new Reject(FILE, 12, "unreadable date 'le 26 juin'"));
	}

	@Test
	void withoutTheProfileThePostsAreRejectsThatSayWhichFileNamesTheAccount() throws Exception {
		SocialEntries entries = SocialEntries.read(SocialFormat.LINKEDIN_SHARES, FILE, null);

		assertThat(entries.rejects()).extracting(Reject::reason)
			.containsExactly(LinkedInShareRowReader.NO_AUTHOR, LinkedInShareRowReader.NO_AUTHOR,
					LinkedInShareRowReader.NO_AUTHOR, LinkedInShareRowReader.NO_AUTHOR, "unreadable date 'le 26 juin'");
	}

}
