package org.socialreports.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.SocialStrategyReportsApplication;
import org.socialreports.ingest.SyntheticArchive;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same input gives byte-identical CSV files on the embedded HSQLDB and on PostgreSQL (whose
 * databases here compare text as ICU's {@code en-US}): a synthetic archive beside authors and
 * titles in mixed case, with accents, characters above U+FFFF and of U+E000–U+FFFF, NULs, and
 * files that give only rejects, their names in mixed case too. Each run is the command line's,
 * in a project folder of its own.
 */
class CrossDatabaseFunctionalTests {

	private static final List<String> AUTHORS = List.of("alice", "Bob", "bob", "Émile", "zoé", "Zoé", "Ünal",
			"\uD83D\uDE00 Smile", "\uFF21nne", "Bob\uFFFD", "Bob\uD83D\uDE00", "ångström", "Øystein", "conseilsmarketing");

	private static final List<String> FILES = List.of("posts.csv", "aggregates.csv", "rejects.csv");

	@TempDir
	Path input;

	@TempDir
	Path runs;

	@Test
	void theSameInputGivesTheSameFilesOnBothDatabases() throws IOException {
		SyntheticArchive.write(this.input, 3000, 3, 19L);
		StringJoiner posts = new StringJoiner(",\n", "[", "]");
		for (int i = 0; i < AUTHORS.size() * 6; i++) {
			String author = AUTHORS.get(i % AUTHORS.size()).replace("\uD83D\uDE00", "\\ud83d\\ude00");
			String title = AUTHORS.get((i * 5) % AUTHORS.size()).replace("\uD83D\uDE00", "\\ud83d\\ude00")
					+ ((i % 4 == 0) ? " \\u0000nul" : " Titre");
			posts.add("{\"title\": \"" + title + "\", \"author\": \"" + author + "\", \"date\": \"2009-0" + (1 + i % 3)
					+ "-20\", \"text\": \"Notre compte Twitter\\u0000 et le blog d'entreprise.\", \"categories\": [\"Tw\\u0000itter\", \"blog\"]}");
		}
		Files.writeString(this.input.resolve("Mixed.json"), posts.toString());
		for (String name : List.of("b-broken.txt", "a-broken.txt", "B-broken.txt", "é-broken.txt", "Z\uFFFD.txt",
				"Z\uD83D\uDE00.txt")) {
			Files.writeString(this.input.resolve(name), "Texte sans pied\u0000 de page\n");
		}
		Path outbox = Files.createDirectories(this.input.resolve("amelie")).resolve("outbox.json");
		Files.writeString(outbox, Files.readString(Path.of("src/test/resources/ingest/social/mastodon/outbox.json"))
			.replace("\"https://mastodon.example/@amelie/111\"", "\"https://mastodon.example/@amelie/111\\u0000\""));

		Path hsqldb = run("hsqldb", Map.of());
		Database database = PostgresServer.createDatabase("CrossDatabaseFunctionalTests");
		Path postgresql = run("postgresql", Map.of("spring.datasource.url", database.url(),
				"spring.datasource.username", database.username(), "spring.datasource.password", database.password(),
				"spring.datasource.driver-class-name", "org.postgresql.Driver"));

		for (String file : FILES) {
			assertThat(Files.mismatch(hsqldb.resolve(file), postgresql.resolve(file))).as(file).isEqualTo(-1L);
		}
		List<String> rejects = Files.readAllLines(postgresql.resolve("rejects.csv"));
		assertThat(rejects.stream().skip(1).map((row) -> row.substring(0, row.indexOf(',')))).containsExactly(
				"B-broken.txt", "Z\uD83D\uDE00.txt", "Z\uFFFD.txt", "a-broken.txt", "b-broken.txt", "é-broken.txt");
		assertThat(Files.readAllLines(postgresql.resolve("posts.csv"))).hasSize(1 + 3000 + AUTHORS.size() * 6 + 3)
			.noneMatch((row) -> row.contains("\u0000"));
	}

	/** Runs the job on its own project folder; the database's settings beside the job's own defaults. */
	private Path run(String name, Map<String, Object> database) throws IOException {
		Path home = Files.createDirectories(this.runs.resolve(name));
		JobProcess.prepareHome(home);
		Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		Map<String, Object> properties = new HashMap<>();
		properties.put("reports.home", home.toString());
		properties.put("reports.taxonomy", home.resolve("jobs/taxonomy.yml").toString());
		// the job's file database in the project folder, as written in application.properties
		properties.put("spring.datasource.url", defaults.getProperty("spring.datasource.url"));
		properties.put("spring.datasource.username", "SA");
		properties.put("spring.datasource.password", "");
		properties.put("spring.datasource.driver-class-name", "org.hsqldb.jdbc.JDBCDriver");
		properties.putAll(database);
		MapPropertySource overrides = new MapPropertySource("cross-database-" + name, properties);
		SpringApplicationBuilder application = new SpringApplicationBuilder(SocialStrategyReportsApplication.class)
			.initializers((context) -> context.getEnvironment().getPropertySources().addFirst(overrides));
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = ReportCommand.execute(
				new String[] { "--input=" + this.input, "--output=" + home.resolve("reports") }, home,
				home.resolve("jobs/run.lock"), application, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exitCode).as(name + ": " + err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.COMPLETED);
		return home.resolve("reports/latest");
	}

}
