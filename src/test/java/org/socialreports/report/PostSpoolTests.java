package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;

import static org.assertj.core.api.Assertions.assertThat;

class PostSpoolTests {

	@TempDir
	Path folder;

	@Test
	void givesEveryWriterThePostsAsTheyWereInTheirOrderAndDeletesItsFileOnClose() throws IOException {
		ClassifiedPost first = new ClassifiedPost("a.txt", 1, "Sécurité sur Facebook « vraiment » ?", "Yann Gourvennec",
				LocalDate.of(2009, 3, 1), 312, List.of("Réseaux sociaux", "Sécurité"),
				new Classification(Theme.SOCIAL_NETWORK_SECURITY, 0.75,
						Map.of(Theme.TWITTER_USAGE, 0.1, Theme.SOCIAL_NETWORK_SECURITY, 0.75,
								Theme.CORPORATE_BLOGGING, 0.0, Theme.CRISIS_COMMUNICATION, 0.25),
						List.of("sécurité", "facebook")));
		// longer than what DataOutputStream.writeUTF accepts, and not a word matched
		ClassifiedPost second = new ClassifiedPost("b/c.json", 7_000_000_000L, "x".repeat(70_000), "𝒜nne",
				LocalDate.of(1999, 12, 31), 0, List.of(), new Classification(Theme.UNCLASSIFIED, 0.0,
						Map.of(Theme.TWITTER_USAGE, 0.0, Theme.SOCIAL_NETWORK_SECURITY, 0.0,
								Theme.CORPORATE_BLOGGING, 0.0, Theme.CRISIS_COMMUNICATION, 0.0),
						List.of()));
		Path file = this.folder.resolve(".posts.spool");
		List<ClassifiedPost> seenWhileFilling = new ArrayList<>();
		try (PostSpool spool = new PostSpool(file)) {
			spool.fill((action) -> List.of(first, second).forEach(action), seenWhileFilling::add);

			assertThat(seenWhileFilling).containsExactly(first, second);
			assertThat(spool.count()).isEqualTo(2);
			for (int reader = 0; reader < 2; reader++) {
				List<ClassifiedPost> read = new ArrayList<>();
				spool.forEach(read::add);
				assertThat(read).containsExactly(first, second);
			}
		}
		assertThat(file).doesNotExist();
		assertThat(this.folder).isEmptyDirectory();
	}

	@Test
	void anEmptySpoolHasNoPosts() throws IOException {
		try (PostSpool spool = new PostSpool(this.folder.resolve(".posts.spool"))) {
			spool.fill((action) -> {
			}, (post) -> {
			});
			List<ClassifiedPost> read = new ArrayList<>();
			spool.forEach(read::add);
			assertThat(read).isEmpty();
			assertThat(spool.count()).isZero();
		}
	}

}
