package org.socialreports.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import org.socialreports.ingest.Post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReviewCollectorTests {

	private static final Theme TWITTER = ShippedThemes.TWITTER_USAGE;

	private static final Theme SECURITY = ShippedThemes.SOCIAL_NETWORK_SECURITY;

	private static final Taxonomy TAXONOMY = new Taxonomy(0, 1, 1, ShippedThemes.THEMES,
			Map.of(TWITTER, List.of(new TaxonomyTerm("twitter", 3)), SECURITY,
					List.of(new TaxonomyTerm("mot de passe", 3))));

	@Test
	void countsEachWordOncePerPostWithoutTheTaxonomysWordsAndShowsHowAPostWroteIt() {
		ReviewCollector collector = new ReviewCollector(TAXONOMY);
		collector.startRun(1);
		collector.offer(post(1, "Twitter et les hashtags", "Les hashtags, les hashtags, encore les hashtags."),
				classified(TWITTER, 1.0));
		collector.offer(post(2, "Un hashtag de plus", "Twitter aime le Hashtag."), classified(TWITTER, 1.0));

		ReviewCollector.Drained drained = collector.drain();

		assertThat(drained.sampled()).containsExactly(Map.entry(TWITTER, 2));
		assertThat(drained.words().get(TWITTER)).extracting(TaxonomyReview.Word::analysed, TaxonomyReview.Word::written,
				TaxonomyReview.Word::posts)
			.contains(tuple("hashtag", "hashtags", 2))
			.noneMatch((word) -> word.toList().contains("twitter"));
		assertThat(collector.drain().isEmpty()).as("drained already").isTrue();
	}

	@Test
	void leavesOutNumbersAddressesAndShortWords() {
		ReviewCollector collector = new ReviewCollector(TAXONOMY);
		collector.startRun(1);
		collector.offer(post(1, "Bilan 2009", "Voir www.exemple.fr ou 12,5 km et un ok, réputation."),
				classified(Theme.UNCLASSIFIED, 0));

		assertThat(collector.drain().words().get(Theme.UNCLASSIFIED)).extracting(TaxonomyReview.Word::written)
			.containsExactlyInAnyOrder("bilan", "voir", "réputation");
	}

	@Test
	void samplesAtMostTheFirstPostsOfEachThemeInARunAndStartsAgainWithTheNextRun() {
		ReviewCollector collector = new ReviewCollector(TAXONOMY);
		collector.startRun(1);
		for (int post = 0; post < ReviewCollector.SAMPLED_PER_THEME + 10; post++) {
			collector.offer(post(post, "Hashtags", "Des hashtags."), classified(TWITTER, 1.0));
		}
		collector.offer(post(0, "Fuite", "Une fuite de données."), classified(SECURITY, 1.0));
		collector.drain();
		collector.offer(post(1, "Hashtags", "Des hashtags."), classified(TWITTER, 1.0));
		assertThat(collector.drain().sampled()).isEmpty();

		collector.startRun(1);
		collector.offer(post(1, "Hashtags", "Des hashtags."), classified(TWITTER, 1.0));
		assertThat(collector.drain().sampled()).as("the same run goes on").isEmpty();

		collector.startRun(2);
		collector.offer(post(1, "Hashtags", "Des hashtags."), classified(TWITTER, 1.0));
		assertThat(collector.drain().sampled()).containsExactly(Map.entry(TWITTER, 1));
	}

	@Test
	void keepsTheClosestCallsOfClassifiedPostsOnly() {
		ReviewCollector collector = new ReviewCollector(TAXONOMY);
		collector.startRun(1);
		for (int post = 1; post <= ReviewCollector.CLOSE_CALLS + 20; post++) {
			// the second theme at post/100 of the first
			collector.offer(post(post, "Titre " + post, ""), classified(TWITTER, 1.0, SECURITY, post / 100.0));
		}
		collector.offer(post(99, "Sans second", ""), classified(TWITTER, 1.0));
		collector.offer(post(100, "Non classé", ""), classified(Theme.UNCLASSIFIED, 0.0, SECURITY, 0.1));

		List<TaxonomyReview.CloseCall> calls = collector.drain().closeCalls();

		assertThat(calls).hasSize(ReviewCollector.CLOSE_CALLS);
		assertThat(calls).extracting(TaxonomyReview.CloseCall::entry)
			.containsExactlyInAnyOrderElementsOf(
LongStream.rangeClosed(21, 50).boxed().toList());
		assertThat(calls).allSatisfy((call) -> {
			assertThat(call.theme()).isEqualTo(TWITTER);
			assertThat(call.second()).isEqualTo(SECURITY);
			assertThat(call.closeness()).isEqualTo(call.entry() / 100.0);
		});
	}

	private static Post post(long entry, String title, String body) {
		return new Post("a.txt", entry, title, "Anne", LocalDate.of(2009, 3, 2), body).withEntry(entry);
	}

	private static Classification classified(Theme theme, double score) {
		return new Classification(theme, score, Map.of(theme, score), List.of());
	}

	private static Classification classified(Theme theme, double score, Theme second, double secondScore) {
		return new Classification(theme, score, Map.of(theme, score, second, secondScore), List.of());
	}

}
