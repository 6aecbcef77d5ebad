package org.socialreports.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.socialreports.aggregate.AuthorMonthThemeRepository;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.StoredPostsFixture;
import org.socialreports.classify.TaxonomyReviewStore;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.RejectStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportContentRepositoryTests {

	private EmbeddedDatabase database;

	private JdbcTemplate jdbc;

	@BeforeEach
	void stagePostsInNoParticularOrder() {
		this.database = new EmbeddedDatabaseBuilder().generateUniqueName(true)
			.setType(EmbeddedDatabaseType.HSQL)
			.addScripts("schema/ingest.sql", "schema/classify.sql", "schema/aggregate.sql")
			.build();
		this.jdbc = new JdbcTemplate(this.database);
		StoredPostsFixture.store(this.jdbc, List.of(
				StoredPostsFixture.post("b.txt", 10, "Zorro", "Anne", "2009-03-02", ShippedThemes.TWITTER_USAGE, 0.9),
				StoredPostsFixture.post("a.txt", 50, "Crise", "Yann", "2009-02-27", ShippedThemes.CRISIS_COMMUNICATION, 0.4),
				StoredPostsFixture.post("a.txt", 20, "Blog", "Yann", "2009-03-02", ShippedThemes.CORPORATE_BLOGGING, 0.7),
				StoredPostsFixture.post("b.txt", 30, "Alpha", "Anne", "2009-03-02", ShippedThemes.TWITTER_USAGE, 0.9),
				StoredPostsFixture.post("a.txt", 1, "Même titre", "Anne", "2009-03-01", Theme.UNCLASSIFIED, 0.0),
				StoredPostsFixture.post("c.txt", 5, "Hors période", "Anne", "2009-05-01", ShippedThemes.TWITTER_USAGE, 0.95),
				StoredPostsFixture.post("a.txt", 2, "Même titre", "Anne", "2009-03-01", ShippedThemes.TWITTER_USAGE, 0.2),
				StoredPostsFixture.post("a.txt", 70, "Plus tôt", "Zoé", "2009-03-01", ShippedThemes.TWITTER_USAGE, 0.1)));
		// another folder's post of the same file and place is not this folder's
		StoredPostsFixture.store(this.jdbc, new InputFolder(2, java.nio.file.Path.of("/other")), List.of(
				StoredPostsFixture.post("a.txt", 1, "Autre dossier", "Anne", "2009-03-01", ShippedThemes.TWITTER_USAGE, 0.99)));
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	/** 100: every month sorted in memory; 1: every month of more than one post sorted by the database. */
	@ParameterizedTest
	@ValueSource(ints = { 100, 1 })
	void readsThePostsOfTheRangeInReportOrderWhoeverSortsThem(int monthSortedInMemory) {
		ReportContentRepository repository = new ReportContentRepository(
				StoredPostsFixture.storedPosts(this.jdbc, monthSortedInMemory), new AuthorMonthThemeRepository(this.jdbc, ShippedThemes.THEMES),
				new RejectStore(this.jdbc),
				new TaxonomyReviewStore(this.jdbc, new TransactionTemplate(new JdbcTransactionManager(this.jdbc.getDataSource())),
						ShippedThemes.THEMES),
				ShippedThemes.THEMES);
		MonthRange februaryToApril = new MonthRange(YearMonth.of(2009, 2), YearMonth.of(2009, 4));
		PostRelay posts = new PostRelay();
		PostRelay.Reader reader = posts.reader();
		PostFigures figures = repository.readPosts(StoredPostsFixture.FOLDER, februaryToApril,
				YearMonth.of(2009, 3), posts);
		Map<Theme, List<ClassifiedPost>> best = figures.topByScore();

		List<String> read = new ArrayList<>();
		reader.forEach((post) -> read.add(post.date() + " " + post.author() + " " + post.title() + " " + post.source()
				+ ":" + post.line()));
		assertThat(read).containsExactly("2009-02-27 Yann Crise a.txt:50", "2009-03-01 Anne Même titre a.txt:1",
				"2009-03-01 Anne Même titre a.txt:2", "2009-03-01 Zoé Plus tôt a.txt:70",
				"2009-03-02 Anne Alpha b.txt:30", "2009-03-02 Anne Zorro b.txt:10", "2009-03-02 Yann Blog a.txt:20");
		assertThat(posts.count()).isEqualTo(7);
		assertThat(best.get(ShippedThemes.TWITTER_USAGE)).extracting(ClassifiedPost::title)
			.containsExactly("Zorro", "Alpha", "Même titre", "Plus tôt");
		assertThat(best.get(ShippedThemes.CRISIS_COMMUNICATION)).extracting(ClassifiedPost::title).containsExactly("Crise");
		assertThat(best).doesNotContainKey(Theme.UNCLASSIFIED);
		assertThat(figures.postsBySource()).containsExactly(Map.entry("a.txt", 5L), Map.entry("b.txt", 2L));
		assertThat(figures.latestMonthLeaders().get(ShippedThemes.TWITTER_USAGE)).extracting(ClassifiedPost::title)
			.isEqualTo("Zorro");
	}

}
