package org.socialreports.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.socialreports.classify.LabelledPost;
import org.socialreports.classify.LabelledPosts;
import org.socialreports.classify.ThemeClassifier;
import org.socialreports.classify.ThemeEvaluation;

/**
 * {@code --evaluate=LABELS.tsv}: measures the classifier that a run would use, the taxonomy and
 * the theme model beside it, on labelled posts, and prints what it finds. No database, no
 * lock, nothing stored: it can run beside a nightly run.
 */
final class Evaluation {

	private static final String NAME = "social-strategy-reports";

	private Evaluation() {
	}

	static int run(Path labels, Path home, PrintStream out, PrintStream err) {
		Path taxonomy = taxonomyFile(home);
		Path model = modelFile(home);
		try (ThemeClassifier classifier = ThemeClassifier.fromFiles(taxonomy, model)) {
			List<LabelledPost> posts = LabelledPosts.read(labels);
			ThemeEvaluation.of(classifier, posts)
				.print(labels + " with " + taxonomy + (classifier.learned() ? " and " + model : " (rules alone)"), out);
			return ExitCodes.COMPLETED;
		}
		catch (IOException ex) {
			err.println(NAME + ": cannot read " + labels + ": " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
	}

	/** The taxonomy a run would use: {@code reports.taxonomy}, else the project's. */
	static Path taxonomyFile(Path home) {
		return Path.of(System.getProperty("reports.taxonomy", home.resolve("jobs/taxonomy.yml").toString()));
	}

	/** The theme model a run would use: {@code reports.theme-model}, else the project's. */
	static Path modelFile(Path home) {
		return Path.of(System.getProperty("reports.theme-model", home.resolve("jobs/theme-model.tsv").toString()));
	}

}
