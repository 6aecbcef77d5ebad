package org.socialreports.classify;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.socialreports.ingest.InputFolder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class TaxonomyReviewStoreTests {

	private static final InputFolder FOLDER = StoredPostsFixture.FOLDER;

	private static final InputFolder OTHER_FOLDER = new InputFolder(2, Path.of("/other"));

	private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	private static final Theme TWITTER = ShippedThemes.TWITTER_USAGE;

	private static final Theme SECURITY = ShippedThemes.SOCIAL_NETWORK_SECURITY;

	private static final Theme UNCLASSIFIED = Theme.UNCLASSIFIED;

	private EmbeddedDatabase database;

	private TaxonomyReviewStore store;

	@BeforeEach
	void createTables() {
		this.database = new EmbeddedDatabaseBuilder().generateUniqueName(true)
			.setType(EmbeddedDatabaseType.HSQL)
			.addScripts("schema/ingest.sql", "schema/classify.sql")
			.build();
		this.store = new TaxonomyReviewStore(new JdbcTemplate(this.database),
				new TransactionTemplate(new JdbcTransactionManager(this.database)), ShippedThemes.THEMES);
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	@Test
	void noRunHasReadPosts() {
		assertThat(this.store.latest(FOLDER)).isEqualTo(TaxonomyReview.NONE);
	}

	@Test
	void addsUpTheDrainsOfARunAndRanksTheWordsTypicalOfATheme() {
		// two partitions: 10 Twitter posts and 10 security posts, then 10 unclassified ones
		this.store.save(FOLDER, 7, 1, DAY, drained(Map.of(TWITTER, 10, SECURITY, 10),
				List.of(word(TWITTER, "hashtag", 6), word(TWITTER, "really", 9), word(SECURITY, "really", 9),
						word(SECURITY, "leak", 4), word(SECURITY, "hashtag", 1), word(TWITTER, "rare", 2)),
				List.of()));
		this.store.save(FOLDER, 7, 2, DAY, drained(Map.of(UNCLASSIFIED, 10, TWITTER, 2),
				List.of(word(UNCLASSIFIED, "recette", 8), word(UNCLASSIFIED, "really", 3), word(TWITTER, "hashtag", 2)),
				List.of()));

		TaxonomyReview review = this.store.latest(FOLDER);

		assertThat(review.day()).isEqualTo(DAY);
		assertThat(review.sampledPosts()).isEqualTo(32);
		// "really" is in 21 of 32 posts: everybody's; "rare" in too few to tell
		assertThat(review.typical()).extracting(TaxonomyReview.Word::theme, TaxonomyReview.Word::written,
				TaxonomyReview.Word::posts)
			.containsExactly(tuple(TWITTER, "hashtag", 8), tuple(SECURITY, "leak", 4));
		TaxonomyReview.Word hashtag = review.typical().get(0);
		assertThat(hashtag.share()).isCloseTo(8 / 12.0, within(1e-9));
		assertThat(hashtag.elsewhere()).isCloseTo(1 / 20.0, within(1e-9));
		assertThat(review.unclassified()).extracting(TaxonomyReview.Word::written, TaxonomyReview.Word::posts)
			.containsExactly(tuple("recette", 8));
		assertThat(this.store.latest(OTHER_FOLDER)).isEqualTo(TaxonomyReview.NONE);
	}

	@Test
	void aWordFrequentInAThemeRanksBelowARarerWordOnlyItsPostsHave() {
		double everywhere = TaxonomyReviewStore.typicality(80, 100, 300, 1000);
		double onlyHere = TaxonomyReviewStore.typicality(20, 100, 0, 1000);
		assertThat(onlyHere).isGreaterThan(everywhere);
		assertThat(TaxonomyReviewStore.typicality(5, 100, 50, 1000)).isZero();
		assertThat(TaxonomyReviewStore.typicality(3, 10, 0, 0)).as("nothing to compare with: its share")
			.isEqualTo(0.3);
	}

	@Test
	void aRunThatReadPostsReplacesTheReviewOfTheRunBeforeAndARunThatReadNoneKeepsIt() {
		this.store.save(FOLDER, 7, 1, DAY, drained(Map.of(TWITTER, 5), List.of(word(TWITTER, "hashtag", 5)),
				List.of(call("a.txt", 1, 0.9))));
		this.store.save(FOLDER, 8, 3, DAY.plusDays(1), drained(Map.of(), List.of(), List.of()));
		assertThat(this.store.latest(FOLDER).day()).isEqualTo(DAY);

		this.store.save(FOLDER, 9, 4, DAY.plusDays(2), drained(Map.of(SECURITY, 4), List.of(), List.of()));

		TaxonomyReview review = this.store.latest(FOLDER);
		assertThat(review.day()).isEqualTo(DAY.plusDays(2));
		assertThat(review.sampledPosts()).isEqualTo(4);
		assertThat(review.typical()).isEmpty();
		assertThat(review.closeCalls()).isEmpty();
	}

	@Test
	void listsTheClosestCallsOnceClosestFirst() {
		// the second drain is a restarted partition that offered a post again
		this.store.save(FOLDER, 7, 1, DAY, drained(Map.of(TWITTER, 3), List.of(),
				List.of(call("a.txt", 1, 0.5), call("a.txt", 2, 0.9))));
		this.store.save(FOLDER, 7, 2, DAY, drained(Map.of(), List.of(), List.of(call("a.txt", 2, 0.9),
				call("b.txt", 1, 0.7))));

		assertThat(this.store.latest(FOLDER).closeCalls())
			.extracting(TaxonomyReview.CloseCall::source, TaxonomyReview.CloseCall::entry,
					TaxonomyReview.CloseCall::closeness)
			.containsExactly(tuple("a.txt", 2L, 0.9), tuple("b.txt", 1L, 0.7), tuple("a.txt", 1L, 0.5));
	}

	private static ReviewCollector.Drained drained(Map<Theme, Integer> sampled, List<TaxonomyReview.Word> words,
			List<TaxonomyReview.CloseCall> calls) {
		Map<Theme, List<TaxonomyReview.Word>> byTheme = new HashMap<>();
		words.forEach((word) -> byTheme.computeIfAbsent(word.theme(), (theme) -> new ArrayList<>()).add(word));
		return new ReviewCollector.Drained(sampled, byTheme, calls);
	}

	private static TaxonomyReview.Word word(Theme theme, String word, int posts) {
		return new TaxonomyReview.Word(theme, word, word, posts, 0, 0);
	}

	private static TaxonomyReview.CloseCall call(String source, long entry, double closeness) {
		return new TaxonomyReview.CloseCall(source, entry, "Titre", TWITTER, 1.0, SECURITY, closeness);
	}

}
