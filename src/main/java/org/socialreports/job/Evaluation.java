package org.socialreports.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.socialreports.classify.LabelledPost;
import org.socialreports.classify.LabelledPosts;
import org.socialreports.classify.ThemeClassifier;
import org.socialreports.classify.ThemeEvaluation;

/**
 * {@code --evaluate=LABELS.tsv}: measures the classifier of the taxonomy that a run would use
 * on labelled posts, and prints what it finds. No database, no lock, nothing stored: it can
 * run beside a nightly run.
 */
final class Evaluation {

	private static final String NAME = "social-strategy-reports";

	private Evaluation() {
	}

	static int run(Path labels, Path home, PrintStream out, PrintStream err) {
		Path taxonomy = Path.of(System.getProperty("reports.taxonomy", home.resolve("jobs/taxonomy.yml").toString()));
		try (ThemeClassifier classifier = ThemeClassifier.fromFile(taxonomy)) {
			List<LabelledPost> posts = LabelledPosts.read(labels);
			ThemeEvaluation.of(classifier, posts).print(labels + " with " + taxonomy, out);
			return ExitCodes.COMPLETED;
		}
		catch (IOException ex) {
			err.println(NAME + ": cannot read " + labels + ": " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
		catch (IllegalArgumentException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
	}

}
