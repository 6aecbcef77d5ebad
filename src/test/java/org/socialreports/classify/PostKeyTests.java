package org.socialreports.classify;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socialreports.ingest.Post;

import static org.assertj.core.api.Assertions.assertThat;

class PostKeyTests {

	static final LocalDate DAY = LocalDate.of(2009, 3, 20);

	@Test
	void samePostReadTwiceHasTheSameKey() {
		assertThat(PostKey.of(new Post("a.txt", 3, "Titre", "Yann", DAY, "Corps")))
			.isEqualTo(PostKey.of(new Post("a.txt", 3, "Titre", "Yann", DAY, "Un autre corps")))
			.hasSize(64);
	}

	@Test
	void untitledPostsOfOneAuthorOnOneDayStayApart() {
		assertThat(PostKey.of(new Post("tweets.csv", 2, "(untitled)", "Yann", DAY, "Premier")))
			.isNotEqualTo(PostKey.of(new Post("tweets.csv", 3, "(untitled)", "Yann", DAY, "Second")));
	}

	@Test
	void fieldsCannotRunIntoEachOther() {
		assertThat(PostKey.of(new Post("a.txt", 1, "ab", "c", DAY, "")))
			.isNotEqualTo(PostKey.of(new Post("a.txt", 1, "a", "bc", DAY, "")));
	}

	@Test
	void sameTitleInAnotherFileIsAnotherPost() {
		assertThat(PostKey.of(new Post("a.txt", 1, "Titre", "Yann", DAY, "")))
			.isNotEqualTo(PostKey.of(new Post("b.txt", 1, "Titre", "Yann", DAY, "")));
	}

}
