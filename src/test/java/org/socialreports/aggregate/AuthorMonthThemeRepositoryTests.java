package org.socialreports.aggregate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.StoredPostsFixture;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.InputFolder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorMonthThemeRepositoryTests {

	private static final InputFolder OTHER_FOLDER = new InputFolder(2, Path.of("/other"));

	private EmbeddedDatabase database;

	private JdbcTemplate jdbc;

	private AuthorMonthThemeRepository repository;

	private StoredPosts posts;

	@BeforeEach
	void createTheTables() {
		this.database = new EmbeddedDatabaseBuilder().generateUniqueName(true)
			.setType(EmbeddedDatabaseType.HSQL)
			.addScripts("schema/ingest.sql", "schema/classify.sql", "schema/aggregate.sql")
			.build();
		this.jdbc = new JdbcTemplate(this.database);
		this.repository = new AuthorMonthThemeRepository(this.jdbc, ShippedThemes.THEMES);
		this.posts = StoredPostsFixture.storedPosts(this.jdbc, 100);
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	@Test
	void rebuildCountsTheFolderPostsPerAuthorMonthAndThemeAndReplacesTheRowsBefore() {
		StoredPostsFixture.store(this.jdbc, List.of(post("a.txt", 1, "Yann", "2009-03-02", ShippedThemes.TWITTER_USAGE),
				post("a.txt", 2, "Yann", "2009-03-30", ShippedThemes.TWITTER_USAGE),
				post("a.txt", 3, "Yann", "2009-04-01", ShippedThemes.TWITTER_USAGE),
				post("b.txt", 1, "Anne", "2009-03-02", Theme.UNCLASSIFIED),
				post("b.txt", 2, "Anne", "2009-03-02", ShippedThemes.CRISIS_COMMUNICATION)));
		StoredPostsFixture.store(this.jdbc, OTHER_FOLDER,
				List.of(post("a.txt", 1, "Yann", "2009-03-02", ShippedThemes.TWITTER_USAGE)));
		this.repository.rebuild(OTHER_FOLDER, this.posts);

		int rows = this.repository.rebuild(StoredPostsFixture.FOLDER, this.posts);

		assertThat(rows).isEqualTo(4);
		assertThat(this.repository.findBetween(StoredPostsFixture.FOLDER, "2009-01", "2009-12")).containsExactly(
				new AuthorMonthTheme("Anne", YearMonth.of(2009, 3), ShippedThemes.CRISIS_COMMUNICATION, 1, 100),
				new AuthorMonthTheme("Anne", YearMonth.of(2009, 3), Theme.UNCLASSIFIED, 1, 100),
				new AuthorMonthTheme("Yann", YearMonth.of(2009, 3), ShippedThemes.TWITTER_USAGE, 2, 200),
				new AuthorMonthTheme("Yann", YearMonth.of(2009, 4), ShippedThemes.TWITTER_USAGE, 1, 100));
		assertThat(this.repository.findBetween(OTHER_FOLDER, "2009-01", "2009-12")).containsExactly(
				new AuthorMonthTheme("Yann", YearMonth.of(2009, 3), ShippedThemes.TWITTER_USAGE, 1, 100));
		assertThat(this.repository.findBetween(StoredPostsFixture.FOLDER, "2009-04", "2009-04")).containsExactly(
				new AuthorMonthTheme("Yann", YearMonth.of(2009, 4), ShippedThemes.TWITTER_USAGE, 1, 100));

		StoredPostsFixture.forget(this.jdbc, StoredPostsFixture.FOLDER, "b.txt");

		assertThat(this.repository.rebuild(StoredPostsFixture.FOLDER, this.posts)).isEqualTo(2);
		assertThat(this.repository.findBetween(StoredPostsFixture.FOLDER, "2009-01", "2009-12"))
			.extracting(AuthorMonthTheme::author)
			.containsOnly("Yann");
	}

	@Test
	void rebuildInsertsMoreRowsThanOneBatch() {
		List<ClassifiedPost> many = new ArrayList<>();
		for (int author = 0; author < 2_345; author++) {
			many.add(post("a.txt", author, "Author " + author, "2009-03-02", ShippedThemes.TWITTER_USAGE));
		}
		StoredPostsFixture.store(this.jdbc, many);

		assertThat(this.repository.rebuild(StoredPostsFixture.FOLDER, this.posts)).isEqualTo(2_345);
		assertThat(this.repository.findBetween(StoredPostsFixture.FOLDER, "2009-03", "2009-03")).hasSize(2_345)
			.allSatisfy((row) -> assertThat(row.posts()).isOne());
	}

	private static ClassifiedPost post(String source, long entry, String author, String date, Theme theme) {
		return StoredPostsFixture.post(source, entry, "Title " + entry, author, date, theme, 0.5);
	}

}
