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
import org.socialreports.classify.Theme;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

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
		stage("b.txt", 10, "Zorro", "Anne", "2009-03-02", "twitter-usage", 0.9);
		stage("a.txt", 50, "Crise", "Yann", "2009-02-27", "crisis-communication", 0.4);
		stage("a.txt", 20, "Blog", "Yann", "2009-03-02", "corporate-blogging", 0.7);
		stage("b.txt", 30, "Alpha", "Anne", "2009-03-02", "twitter-usage", 0.9);
		stage("a.txt", 1, "Même titre", "Anne", "2009-03-01", "unclassified", 0.0);
		stage("c.txt", 5, "Hors période", "Anne", "2009-05-01", "twitter-usage", 0.95);
		stage("a.txt", 2, "Même titre", "Anne", "2009-03-01", "twitter-usage", 0.2);
		stage("a.txt", 70, "Plus tôt", "Zoé", "2009-03-01", "twitter-usage", 0.1);
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	/** 100: every month sorted in memory; 1: every month of more than one post sorted by the database. */
	@ParameterizedTest
	@ValueSource(ints = { 100, 1 })
	void readsThePostsOfTheRangeInReportOrderWhoeverSortsThem(int monthSortedInMemory) {
		ReportContentRepository repository = new ReportContentRepository(this.jdbc,
				new AuthorMonthThemeRepository(this.jdbc), monthSortedInMemory);
		MonthRange februaryToApril = new MonthRange(YearMonth.of(2009, 2), YearMonth.of(2009, 4));
		PostRelay posts = new PostRelay();
		PostRelay.Reader reader = posts.reader();
		Map<Theme, List<ClassifiedPost>> best = repository.readPosts(februaryToApril, posts);

		List<String> read = new ArrayList<>();
		reader.forEach((post) -> read.add(post.date() + " " + post.author() + " " + post.title() + " " + post.source()
				+ ":" + post.line()));
		assertThat(read).containsExactly("2009-02-27 Yann Crise a.txt:50", "2009-03-01 Anne Même titre a.txt:1",
				"2009-03-01 Anne Même titre a.txt:2", "2009-03-01 Zoé Plus tôt a.txt:70",
				"2009-03-02 Anne Alpha b.txt:30", "2009-03-02 Anne Zorro b.txt:10", "2009-03-02 Yann Blog a.txt:20");
		assertThat(posts.count()).isEqualTo(7);
		assertThat(best.get(Theme.TWITTER_USAGE)).extracting(ClassifiedPost::title)
			.containsExactly("Zorro", "Alpha", "Même titre", "Plus tôt");
		assertThat(best.get(Theme.CRISIS_COMMUNICATION)).extracting(ClassifiedPost::title).containsExactly("Crise");
		assertThat(best).doesNotContainKey(Theme.UNCLASSIFIED);
	}

	private void stage(String source, long line, String title, String author, String date, String theme,
			double score) {
		this.jdbc.update("""
				INSERT INTO staged_post (source, line, title, author, post_date, post_month, theme, score,
					score_twitter_usage, score_social_network_security, score_corporate_blogging, score_crisis_communication,
					matched_terms, categories, words) VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, 0, 0, 0, 0, '', '', 100)""",
				source, line, title, author, date, date.substring(0, 7), theme, score);
	}

}
