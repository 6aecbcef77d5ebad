package org.socialreports.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --train-model} and {@code --evaluate} on a project folder with the small taxonomy and
 * the dozen labelled posts of src/test/resources/classify/model/: what they print, what they
 * write, their exit codes. Neither starts the application.
 */
class ModelCommandsTests {

	private static final Path FIXTURES = Path.of("src/test/resources/classify/model");

	@TempDir
	Path home;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Path labels;

	@BeforeEach
	void project() throws IOException {
		Locale.setDefault(Locale.ROOT);
		Files.createDirectories(this.home.resolve("jobs"));
		Files.copy(FIXTURES.resolve("taxonomy.yml"), this.home.resolve("jobs/taxonomy.yml"));
		this.labels = Files.copy(FIXTURES.resolve("labels.tsv"), this.home.resolve("labels.tsv"));
	}

	@Test
	void trainingPrintsTheCrossValidatedFiguresAndWritesTheModel() throws IOException {
		assertThat(run("--train-model=" + this.labels)).isEqualTo(ExitCodes.COMPLETED);
		Path model = this.home.resolve("jobs/theme-model.tsv");
		assertThat(output()).isEqualTo("""
				Trained on 12 labelled post(s) of %1$s with %2$s
				Cross-validated (5 folds of whole sources, each post classified by a model trained without its source):
				  right, an acceptable second theme counting: 58.3%%
				  right, main theme only: 58.3%%
				  en: 62.5%%
				  fr: 50.0%%
				  twitter-usage                precision 100.0%%  recall  25.0%%
				  crisis-communication         precision 100.0%%  recall  50.0%%
				  unclassified                 precision  44.4%%  recall 100.0%%
				Wrote %3$s: 4 words, %4$d bytes
				""".formatted(this.labels, this.home.resolve("jobs/taxonomy.yml"), model, Files.size(model)));
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void evaluationClassifiesWithTheModelBesideTheTaxonomy() throws IOException {
		assertThat(run("--train-model=" + this.labels)).isEqualTo(ExitCodes.COMPLETED);
		this.out.reset();
		assertThat(run("--evaluate=" + this.labels)).isEqualTo(ExitCodes.COMPLETED);
		// posts this short get from the model only a theme that one of its terms names
		// (ThemeClassifier.NAMED_BELOW_WORDS): the rules' figures, the model's probabilities
		assertThat(output()).startsWith("""
				Evaluated 12 labelled post(s) of %s with %s and %s
				Right, an acceptable second theme counting: 66.7%% (8 of 12)
				Right, main theme only: 58.3%%
				  en: 75.0%% of 8
				  fr: 50.0%% of 4
				""".formatted(this.labels, this.home.resolve("jobs/taxonomy.yml"),
				this.home.resolve("jobs/theme-model.tsv")));
		// the model is sure of the theme, but no term of it names it in these short posts
		assertThat(output()).contains("Misfiled posts (4)", "  t2 [en] twitter-usage -> unclassified (0.00): nothing"
				+ " matched enough, closest twitter-usage (1.00) | Followers\n");
	}

	@Test
	void evaluationWithoutAModelIsTheRulesAlone() throws IOException {
		assertThat(run("--evaluate=" + this.labels)).isEqualTo(ExitCodes.COMPLETED);
		assertThat(output()).startsWith("""
				Evaluated 12 labelled post(s) of %s with %s (rules alone)
				Right, an acceptable second theme counting: 66.7%% (8 of 12)
				Right, main theme only: 58.3%%
				  en: 75.0%% of 8
				  fr: 50.0%% of 4
				""".formatted(this.labels, this.home.resolve("jobs/taxonomy.yml")));
		// no term of any theme in it: nothing to come close
		assertThat(output()).contains("  t2 [en] twitter-usage -> unclassified (0.00): nothing matched | Followers\n");
	}

	@Test
	void aDamagedModelIsABadConfiguration() throws IOException {
		Path model = this.home.resolve("jobs/theme-model.tsv");
		Files.writeString(model, "format\t1\nclasses\tunclassified\n");
		assertThat(run("--evaluate=" + this.labels)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEqualTo("social-strategy-reports: " + model
				+ ":2: damaged theme model, the classes must be distinct theme ids, then unclassified; train it again"
				+ " with --train-model" + System.lineSeparator());
	}

	@Test
	void trainingAndEvaluatingAtOnceIsRefused() {
		assertThat(run("--train-model=" + this.labels, "--evaluate=" + this.labels))
			.isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("social-strategy-reports: --evaluate and --train-model are two commands: give one");
	}

	private int run(String... args) {
		return ReportCommand.execute(args, this.home, this.home.resolve("jobs/run.lock"),
				new SpringApplicationBuilder(Object.class), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
