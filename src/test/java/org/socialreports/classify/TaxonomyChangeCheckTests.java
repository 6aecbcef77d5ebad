package org.socialreports.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.InputFolders;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class TaxonomyChangeCheckTests {

	private static final InputFolder FOLDER = StoredPostsFixture.FOLDER;

	@TempDir
	Path folder;

	private EmbeddedDatabase database;

	private JdbcTemplate jdbc;

	private TransactionTemplate transaction;

	private int postsStored;

	private Path taxonomy;

	@BeforeEach
	void createTables() throws IOException {
		this.database = new EmbeddedDatabaseBuilder().generateUniqueName(true)
			.setType(EmbeddedDatabaseType.HSQL)
			.addScripts("schema/ingest.sql", "schema/classify.sql")
			.build();
		this.jdbc = new JdbcTemplate(this.database);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(this.database));
		this.taxonomy = Files.copy(Path.of("jobs/taxonomy.yml"), this.folder.resolve("taxonomy.yml"));
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	@Test
	void aTaxonomyIsRememberedOnceItHasClassifiedPosts(CapturedOutput output) {
		TaxonomyChangeCheck check = check();
		assertThat(check.check(FOLDER)).isFalse();
		assertThat(storedFingerprints()).isEmpty();
		check.rememberClassifying(FOLDER);
		check.rememberClassifying(FOLDER);
		assertThat(storedFingerprints()).singleElement().asString().hasSize(64);
		assertThat(output).doesNotContain("has changed");
	}

	@Test
	void sameTaxonomyAgainSaysNothing(CapturedOutput output) {
		classifyPost(check());
		assertThat(check().check(FOLDER)).isFalse();
		assertThat(storedFingerprints()).hasSize(1);
		assertThat(output).doesNotContain("has changed");
	}

	@Test
	void editedTaxonomyWithPostsStoredWarnsUntilNothingIsStored(CapturedOutput output) throws IOException {
		String original = Files.readString(this.taxonomy);
		classifyPost(check());
		edit();

		TaxonomyChangeCheck edited = check();
		assertThat(edited.check(FOLDER)).isTrue();
		assertThat(edited.check(FOLDER)).as("every run while such posts are stored").isTrue();
		assertThat(output).contains(this.taxonomy + " has changed since some of the stored posts were classified")
			.contains("run once with --full");

		Files.writeString(this.taxonomy, original);
		assertThat(check().check(FOLDER)).as("back to the first before the edited one classified anything").isFalse();

		edit();
		classifyPost(check());
		Files.writeString(this.taxonomy, original);
		assertThat(check().check(FOLDER)).as("back to the first after the edited one classified posts").isTrue();
		assertThat(storedFingerprints()).hasSize(2);

		// as the planning of a full rebuild does
		this.jdbc.update("DELETE FROM staged_post");
		assertThat(check().check(FOLDER)).isFalse();
		assertThat(storedFingerprints()).isEmpty();
	}

	@Test
	void editedTaxonomyWithNothingStoredSaysNothing(CapturedOutput output) throws IOException {
		TaxonomyChangeCheck first = check();
		first.check(FOLDER);
		first.rememberClassifying(FOLDER);
		edit();
		assertThat(check().check(FOLDER)).isFalse();
		assertThat(storedFingerprints()).isEmpty();
		assertThat(output).doesNotContain("has changed");
	}

	@Test
	void postsStoredBeforeTheCheckExistedAreTakenAsClassifiedByTodaysTaxonomy(CapturedOutput output) {
		storePost();
		assertThat(check().check(FOLDER)).isFalse();
		assertThat(storedFingerprints()).hasSize(1);
		assertThat(check().check(FOLDER)).isFalse();
		assertThat(output).doesNotContain("has changed");
	}

	@Test
	void aThemeModelTrainedAgainWarnsAsAnEditedTaxonomyDoes(CapturedOutput output) throws IOException {
		Path model = Files.copy(Path.of("jobs/theme-model.tsv"), this.folder.resolve("theme-model.tsv"));
		classifyPost(checkWith(model));
		assertThat(checkWith(model).check(FOLDER)).as("the same model").isFalse();
		assertThat(output).doesNotContain("has changed");

		Files.writeString(model, "\n", StandardOpenOption.APPEND);
		assertThat(checkWith(model).check(FOLDER)).as("a model trained again").isTrue();
		assertThat(output).contains(this.taxonomy + " or the theme model " + model
				+ " has changed since some of the stored posts were classified");
		assertThat(check().check(FOLDER)).as("the rules alone, without the model").isTrue();
	}

	/** What a run does: checks, stores a post, then remembers its taxonomy. */
	private void classifyPost(TaxonomyChangeCheck check) {
		check.check(FOLDER);
		storePost();
		check.rememberClassifying(FOLDER);
	}

	private TaxonomyChangeCheck check() {
		return new TaxonomyChangeCheck(this.jdbc, new InputFolders(this.jdbc), this.transaction, this.taxonomy, null);
	}

	private TaxonomyChangeCheck checkWith(Path model) {
		return new TaxonomyChangeCheck(this.jdbc, new InputFolders(this.jdbc), this.transaction, this.taxonomy, model);
	}

	private void edit() throws IOException {
		Files.writeString(this.taxonomy, "\n    cryptographie: 2\n", StandardOpenOption.APPEND);
	}

	private List<String> storedFingerprints() {
		return this.jdbc.queryForList("SELECT fingerprint FROM classifying_taxonomy", String.class);
	}

	private void storePost() {
		StoredPostsFixture.store(this.jdbc, FOLDER, List.of(StoredPostsFixture.post("a.txt", ++this.postsStored, "Titre",
				"Anne", "2009-03-01", Theme.UNCLASSIFIED, 0)));
	}

}
