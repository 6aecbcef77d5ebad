package org.socialreports.job;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.StoredPostsFixture;
import org.socialreports.ingest.InputFolder;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The posts of a month come in Java's order of strings (by UTF-16 code unit) whoever sorts
 * them, Java or the database, HSQLDB or PostgreSQL (whose databases here compare text as ICU's
 * {@code en-US}): mixed case, accents, a character above U+FFFF beside one of U+E000–U+FFFF.
 */
class StagedTextOrderTests {

	private static final InputFolder FOLDER = new InputFolder(1, Path.of("/input"));

	// ICU's en-US: alice, Bob, Émile, zoé; code points put U+FF21 before U+1F600; Java after
	private static final List<String> AUTHORS = List.of("zoé", "\uD83D\uDE00 smile", "Émile", "alice", "\uFF21nne",
			"Bob", "bob", "Bob\uD83D\uDE00", "Bob\uFFFD");

	@ParameterizedTest
	@ValueSource(strings = { "hsqldb", "postgresql" })
	void theDatabaseSortsAMonthAsJavaDoes(String platform) throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(database(platform));
		List<ClassifiedPost> posts = new ArrayList<>();
		for (int i = 0; i < AUTHORS.size(); i++) {
			posts.add(StoredPostsFixture.post(AUTHORS.get(i) + ".txt", i + 1, AUTHORS.get(AUTHORS.size() - 1 - i),
					AUTHORS.get(i), "2009-03-20", ShippedThemes.TWITTER_USAGE, 0.5));
		}
		StoredPostsFixture.store(jdbc, FOLDER, posts);
		List<String> javaOrder = new ArrayList<>(AUTHORS);
		javaOrder.sort(null);

		assertThat(authors(StoredPostsFixture.storedPosts(jdbc, 100))).as("sorted in memory")
			.containsExactlyElementsOf(javaOrder);
		assertThat(authors(StoredPostsFixture.storedPosts(jdbc, 1))).as("sorted by the database")
			.containsExactlyElementsOf(javaOrder);
		assertThat(StoredPostsFixture.storedPosts(jdbc, 1).sources(FOLDER))
			.containsExactlyElementsOf(javaOrder.stream().map((author) -> author + ".txt").toList());
	}

	private static List<String> authors(StoredPosts stored) {
		List<String> authors = new ArrayList<>();
		stored.forEachInDateOrder(FOLDER, YearMonth.of(2009, 3), YearMonth.of(2009, 3),
				(post) -> authors.add(post.author()));
		return authors;
	}

	private static DataSource database(String platform) throws SQLException {
		DriverManagerDataSource dataSource;
		if (platform.equals("postgresql")) {
			Database database = PostgresServer.createDatabase("StagedTextOrderTests");
			dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
		}
		else {
			dataSource = new DriverManagerDataSource("jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
		}
		new DatabaseSchemaInitializer(dataSource).afterPropertiesSet();
		new JdbcTemplate(dataSource).update("INSERT INTO input_folder (path) VALUES ('/input')");
		return dataSource;
	}

}
