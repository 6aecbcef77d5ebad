package org.socialreports.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class TaxonomyChangeCheckTests {

	@TempDir
	Path folder;

	private EmbeddedDatabase database;

	private JdbcTemplate jdbc;

	private Path taxonomy;

	@BeforeEach
	void createTables() throws IOException {
		this.database = new EmbeddedDatabaseBuilder().generateUniqueName(true)
			.setType(EmbeddedDatabaseType.HSQL)
			.addScript("schema/classify.sql")
			.build();
		this.jdbc = new JdbcTemplate(this.database);
		this.taxonomy = Files.copy(Path.of("jobs/taxonomy.yml"), this.folder.resolve("taxonomy.yml"));
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	@Test
	void firstRunRemembersItsTaxonomy(CapturedOutput output) {
		assertThat(new TaxonomyChangeCheck(this.jdbc, this.taxonomy).check(false)).isFalse();
		assertThat(storedFingerprint()).hasSize(64);
		assertThat(output).doesNotContain("has changed");
	}

	@Test
	void sameTaxonomyAgainSaysNothing(CapturedOutput output) {
		new TaxonomyChangeCheck(this.jdbc, this.taxonomy).check(false);
		storePost();
		assertThat(new TaxonomyChangeCheck(this.jdbc, this.taxonomy).check(false)).isFalse();
		assertThat(output).doesNotContain("has changed");
	}

	@Test
	void editedTaxonomyWithPostsStoredWarnsUntilAFullRun(CapturedOutput output) throws IOException {
		new TaxonomyChangeCheck(this.jdbc, this.taxonomy).check(false);
		String first = storedFingerprint();
		storePost();
		Files.writeString(this.taxonomy, "\n    cryptographie: 2\n", StandardOpenOption.APPEND);

		TaxonomyChangeCheck edited = new TaxonomyChangeCheck(this.jdbc, this.taxonomy);
		assertThat(edited.check(false)).isTrue();
		assertThat(edited.check(false)).as("every run until the posts are classified again").isTrue();
		assertThat(storedFingerprint()).isEqualTo(first);
		assertThat(output).contains(this.taxonomy + " has changed since the stored posts were classified")
			.contains("run once with --full");

		assertThat(edited.check(true)).isFalse();
		assertThat(storedFingerprint()).isNotEqualTo(first);
		assertThat(edited.check(false)).isFalse();
	}

	@Test
	void editedTaxonomyWithNothingStoredSaysNothing(CapturedOutput output) throws IOException {
		new TaxonomyChangeCheck(this.jdbc, this.taxonomy).check(false);
		Files.writeString(this.taxonomy, "\n    cryptographie: 2\n", StandardOpenOption.APPEND);
		assertThat(new TaxonomyChangeCheck(this.jdbc, this.taxonomy).check(false)).isFalse();
		assertThat(output).doesNotContain("has changed");
	}

	@Test
	void fullRunIsReadFromTheJobParameters(CapturedOutput output) throws IOException {
		new TaxonomyChangeCheck(this.jdbc, this.taxonomy).check(false);
		storePost();
		Files.writeString(this.taxonomy, "\n    cryptographie: 2\n", StandardOpenOption.APPEND);
		TaxonomyChangeCheck edited = new TaxonomyChangeCheck(this.jdbc, this.taxonomy);

		edited.beforeStep(MetaDataInstanceFactory
			.createStepExecution(new JobParametersBuilder().addString("full", "false").toJobParameters()));
		assertThat(output).contains("has changed");
		edited.beforeStep(MetaDataInstanceFactory
			.createStepExecution(new JobParametersBuilder().addString("full", "true").toJobParameters()));
		assertThat(edited.check(false)).isFalse();
	}

	private String storedFingerprint() {
		return this.jdbc.queryForObject("SELECT fingerprint FROM classifying_taxonomy", String.class);
	}

	private void storePost() {
		this.jdbc.update("""
				INSERT INTO staged_post (source, line, title, author, post_date, post_month, theme, score,
					score_twitter_usage, score_social_network_security, score_corporate_blogging,
					score_crisis_communication, matched_terms, categories, words)
				VALUES ('a.txt', 1, 'Titre', 'Anne', DATE '2009-03-01', '2009-03', 'unclassified', 0, 0, 0, 0, 0, '', '', 10)""");
	}

}
