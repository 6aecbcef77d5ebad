package org.socialreports.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defects PostgreSQL showed, each on a real server ({@link PostgresServer}, whose text
 * compares as ICU's {@code en-US} does): the order of the files follows Java's comparison of
 * strings, as on HSQLDB, not the database's collation; a NUL anywhere in the input never reaches
 * an insert; and Batch tables of another schema do not stop this schema getting its own (the
 * database of these tests has some, made before the job first starts).
 */
@SpringBatchTest
@SpringBootTest
class PostgresqlFunctionalTests {

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	@TempDir
	Path output;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		Database database = PostgresServer.createDatabase("PostgresqlFunctionalTests");
		try (Connection connection = new DriverManagerDataSource(database.url(), database.username(),
				database.password()).getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA other");
			statement.execute("CREATE TABLE other.batch_job_instance (job_instance_id BIGINT PRIMARY KEY)");
			statement.execute("CREATE TABLE other.staged_post (source VARCHAR(10))");
		}
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	@BeforeEach
	void emptyStagingTables() {
		StagingTables.empty(this.jdbc);
	}

	@Test
	void filesListAuthorsAndSourcesInTheOrderOfHsqldbNotInTheOrderOfTheCollation() throws Exception {
		// en-US would sort alice, Bob, Émile, zoé; Java and HSQLDB compare UTF-16 code units
		Files.writeString(this.input.resolve("posts.csv"), """
				title,author,date,text
				Un,zoé,2009-03-20,Notre compte Twitter.
				Deux,Émile,2009-03-20,Notre compte Twitter.
				Trois,alice,2009-03-20,Notre compte Twitter.
				Quatre,Bob,2009-03-20,Notre compte Twitter.
				""");
		for (String name : List.of("b-broken.txt", "a-broken.txt", "B-broken.txt", "é-broken.txt")) {
			Files.writeString(this.input.resolve(name), "Texte sans pied de page\n");
		}

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ReportFiles.records(this.output.resolve("latest/aggregates.csv"))).extracting((row) -> row.get(0))
			.containsExactly("Bob", "alice", "zoé", "Émile");
		assertThat(ReportFiles.records(this.output.resolve("latest/posts.csv"))).extracting((row) -> row.get("author"))
			.containsExactly("Bob", "alice", "zoé", "Émile");
		assertThat(ReportFiles.records(this.output.resolve("latest/rejects.csv"))).extracting((row) -> row.get(0))
			.containsExactly("B-broken.txt", "a-broken.txt", "b-broken.txt", "é-broken.txt");
		assertThat(this.jdbc.queryForList("SELECT author FROM staged_post ORDER BY author", String.class))
			.containsExactly("Bob", "alice", "zo\u00e9", "\u00c9mile");
	}

	/** PostgreSQL refuses a NUL in text: an insert that holds one fails its chunk, on every run again. */
	@Test
	void aNulAnywhereInTheInputNeverReachesTheDatabase() throws Exception {
		Files.writeString(this.input.resolve("nul.json"), """
				[{"title": "Un\\u0000 titre", "author": "Her\\u0000vé", "date": "2009-03-20",
				  "text": "Notre compte\\u0000 Twitter.", "categories": ["twit\\u0000ter"]},
				 {"title": "Deux", "author": "Anne", "date": "2009-03-2\\u00001", "text": "Du texte."}]
				""");
		Files.writeString(this.input.resolve("nul.txt"),
				"Titre\0 un\nNotre compte Twitter\0.\nTitre\0 un was last modified: mars 20th, 2009 by Yann\0\n"
						+ "Texte\0 orphelin\n");
		Path outbox = Files.createDirectories(this.input.resolve("amelie")).resolve("outbox.json");
		Files.writeString(outbox,
				Files.readString(Path.of("src/test/resources/ingest/social/mastodon/outbox.json"))
					.replace("\"https://mastodon.example/@amelie/111\"", "\"https://mastodon.example/@amelie/111\\u0000\"")
					.replace("\"contentMap\":{\"fr\"", "\"contentMap\":{\"f\\u0000r\""));
		try (OutputStream file = Files.newOutputStream(this.input.resolve("export.zip"));
				ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("notes\0.json"));
			zip.write("[{\"title\": \"Un\", \"author\": \"Anne\", \"date\": \"2009-03-20\", \"text\": \"x\"}]"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		List<CSVRecord> posts = ReportFiles.records(this.output.resolve("latest/posts.csv"));
		assertThat(posts).extracting((row) -> row.get("source") + "|" + row.get("title") + "|" + row.get("author"))
			.contains("nul.json|Un titre|Hervé", "nul.txt|Titre un|Yann");
		assertThat(posts).filteredOn((row) -> row.get("source").equals("amelie/outbox.json"))
			.extracting((row) -> row.get("url"))
			.contains("https://mastodon.example/@amelie/111\uFFFD");
		assertThat(ReportFiles.records(this.output.resolve("latest/rejects.csv")))
			.extracting((row) -> row.get("source") + "|" + row.get("reason"))
			.contains("nul.json|unreadable date '2009-03-2\uFFFD1'",
					"export.zip|zip archive holding no export the job reads (entries: notes\uFFFD.json)");
		assertThat(Files.readString(this.output.resolve("latest/posts.csv"))
				+ Files.readString(this.output.resolve("latest/rejects.csv"))).doesNotContain("\0");
	}

	@Test
	void batchTablesOfAnotherSchemaLeaveThisSchemaItsOwn() throws IOException {
		assertThat(this.jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo("public");
		assertThat(this.jdbc.queryForList("SELECT table_schema FROM information_schema.tables"
				+ " WHERE table_name = 'batch_job_instance' ORDER BY table_schema", String.class))
			.containsExactly("other", "public");
		assertThat(this.jdbc.queryForList("SELECT table_schema FROM information_schema.columns"
				+ " WHERE table_name = 'staged_post' AND column_name = 'entry'", String.class))
			.containsExactly("public");
	}

}
