package org.socialreports.ingest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTests {

	@Test
	void aNulBecomesTheReplacementCharacterAndOtherTextStaysAsItIs() {
		assertThat(StorableText.of("Un\u0000 titre\u0000")).isEqualTo("Un\uFFFD titre\uFFFD");
		String plain = "Émile\ttab";
		assertThat(StorableText.of(plain)).isSameAs(plain);
		assertThat(StorableText.of((String) null)).isNull();
	}

	@Test
	void postsOriginsAndRejectsHoldNoNul() {
		Post post = new Post("notes\u0000.json", 1, "T\u0000", "A\u0000", LocalDate.of(2009, 3, 20), "body", 1,
				List.of("c\u0000", "d"))
			.from(new PostOrigin(Network.BLOG, PostKind.POST, "https://x.example/\u0000", "f\u0000r"),
					Engagement.UNKNOWN);
		Reject reject = new Reject("notes\u0000.json", 3, "bad '\u0000'");

		assertThat(List.of(post.source(), post.title(), post.author(), post.origin().url(), post.origin().language(),
				reject.source(), reject.reason()))
			.containsExactly("notes\uFFFD.json", "T\uFFFD", "A\uFFFD", "https://x.example/\uFFFD", "f\uFFFDr",
					"notes\uFFFD.json", "bad '\uFFFD'");
		assertThat(post.categories()).containsExactly("c\uFFFD", "d");
	}

}
