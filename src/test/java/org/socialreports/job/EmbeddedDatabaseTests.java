package org.socialreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

	static final String SETTINGS = ";shutdown=true;hsqldb.default_table_type=cached;hsqldb.tx=mvcc";

	@TempDir
	Path home;

	@Test
	void theDefaultDatabaseInTheProjectsJobsFolderIsTheJobsOwn() throws IOException {
		Path db = Files.createDirectories(this.home.resolve("jobs/db"));

		assertThat(EmbeddedDatabase.of("jdbc:hsqldb:file:" + this.home + "/jobs/db/reports" + SETTINGS, this.home))
			.contains(new EmbeddedDatabase(db.toRealPath().resolve("reports")));
		assertThat(EmbeddedDatabase.of("jdbc:hsqldb:file:" + this.home + "/jobs/../jobs/db/reports", this.home))
			.contains(new EmbeddedDatabase(db.toRealPath().resolve("reports")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:hsqldb:file:/srv/reports/db/reports;shutdown=true", "jdbc:hsqldb:mem:reports",
			"jdbc:hsqldb:hsql://localhost/reports", "jdbc:postgresql://localhost/reports", "" })
	void anyOtherDatabaseIsTheOperatorsToLookAfter(String url) {
		assertThat(EmbeddedDatabase.of(url, this.home)).isEmpty();
	}

	@Test
	void aFileDatabaseElsewhereInTheProjectIsTheOperatorsToo() {
		assertThat(EmbeddedDatabase.of("jdbc:hsqldb:file:" + this.home + "/jobs/reports", this.home)).isEmpty();
		assertThat(EmbeddedDatabase.of("jdbc:hsqldb:file:" + this.home + "/jobs/db/old/reports", this.home)).isEmpty();
		assertThat(EmbeddedDatabase.of(null, this.home)).isEmpty();
	}

	@Test
	void movingAsideTakesEveryFileOfTheDatabaseIntoAFolderNamedAfterTheTimeAndNothingElse() throws IOException {
		Path db = Files.createDirectories(this.home.resolve("jobs/db"));
		for (String file : new String[] { "reports.script", "reports.data", "reports.properties", "reports.log",
				"other.script", "reports" }) {
			Files.writeString(db.resolve(file), file);
		}
		Files.createDirectories(db.resolve("reports.tmp"));
		Files.writeString(db.resolve("reports.tmp/session"), "temporary");
		EmbeddedDatabase database = new EmbeddedDatabase(db.resolve("reports"));

		Path aside = database.moveAside(LocalDateTime.of(2026, 11, 30, 3, 15, 7));
		Path again = database.moveAside(LocalDateTime.of(2026, 11, 30, 3, 15, 7));

		assertThat(aside).isEqualTo(db.resolve("damaged-2026-11-30T03-15-07"));
		assertThat(names(aside)).containsExactlyInAnyOrder("reports.script", "reports.data", "reports.properties",
				"reports.log", "reports.tmp");
		assertThat(aside.resolve("reports.script")).hasContent("reports.script");
		assertThat(aside.resolve("reports.tmp/session")).hasContent("temporary");
		assertThat(names(db)).containsExactlyInAnyOrder("other.script", "reports", "damaged-2026-11-30T03-15-07",
				"damaged-2026-11-30T03-15-07-2");
		assertThat(names(again)).isEmpty();
	}

	@Test
	void missingFilesAreThoseAnOpenDatabaseAlwaysHas() throws IOException {
		Path db = Files.createDirectories(this.home.resolve("jobs/db"));
		EmbeddedDatabase database = new EmbeddedDatabase(db.resolve("reports"));
		assertThat(database.missingFiles()).containsExactly(db.resolve("reports.properties"),
				db.resolve("reports.script"), db.resolve("reports.data"));

		Files.writeString(db.resolve("reports.properties"), "version=2.7.3");
		Files.writeString(db.resolve("reports.script"), "CREATE USER SA PASSWORD DIGEST 'd41d8cd98f00b204e9800998ecf8427e'");
		Files.writeString(db.resolve("reports.data"), "");

		assertThat(database.missingFiles()).isEmpty();
	}

	@Test
	void aScriptCutBeforeItsUsersNoLongerCreatesThem() throws IOException {
		Path db = Files.createDirectories(this.home.resolve("jobs/db"));
		EmbeddedDatabase database = new EmbeddedDatabase(db.resolve("reports"));
		Files.writeString(db.resolve("reports.script"), "SET DATABASE UNIQUE NAME HSQLDB1\nSET FILES LOG TRUE\n");
		assertThat(database.scriptCreatesUsers()).isFalse();

		Files.writeString(db.resolve("reports.script"), "SET FILES LOG TRUE\nCREATE USER SA PASSWORD DIGEST 'x'\n");
		assertThat(database.scriptCreatesUsers()).isTrue();
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

}
