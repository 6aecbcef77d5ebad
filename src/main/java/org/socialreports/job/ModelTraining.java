package org.socialreports.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.socialreports.classify.LabelledPost;
import org.socialreports.classify.LabelledPosts;
import org.socialreports.classify.TaxonomyLoader;
import org.socialreports.classify.ThemeEvaluation;
import org.socialreports.classify.ThemeModel;
import org.socialreports.classify.ThemeModelCrossValidation;
import org.socialreports.classify.ThemeModelFile;
import org.socialreports.classify.ThemeModelTrainer;

/**
 * {@code --train-model=LABELS.tsv}: trains the theme model on labelled posts with the taxonomy a
 * run would use, prints how well it does on posts it was not trained on (cross-validation
 * grouped by source), and writes it where a run reads it ({@code reports.theme-model}). No
 * database, no lock.
 */
final class ModelTraining {

	private static final String NAME = "social-strategy-reports";

	/** Five folds: a fifth of the sources held out each time, as many posts as the test part has. */
	static final int FOLDS = 5;

	private ModelTraining() {
	}

	static int run(Path labels, Path home, PrintStream out, PrintStream err) {
		Path taxonomy = Evaluation.taxonomyFile(home);
		Path modelFile = Evaluation.modelFile(home);
		try {
			List<LabelledPost> posts = LabelledPosts.read(labels);
			ThemeModelTrainer trainer = new ThemeModelTrainer(TaxonomyLoader.load(taxonomy),
					ThemeModelFile.sha256(taxonomy));
			List<ThemeModelTrainer.Example> examples = trainer.examples(posts);
			ThemeEvaluation crossValidated = ThemeModelCrossValidation.of(trainer, examples, FOLDS);
			ThemeModel model = trainer.train(examples);
			ThemeModelFile.write(model, modelFile);
			out.printf(Locale.ROOT, "Trained on %d labelled post(s) of %s with %s%n", posts.size(), labels, taxonomy);
			out.printf(Locale.ROOT, "Cross-validated (%d folds of whole sources, each post classified by a model"
					+ " trained without its source):%n", FOLDS);
			out.printf(Locale.ROOT, "  right, an acceptable second theme counting: %s%n",
					percent(crossValidated.accuracy()));
			out.printf(Locale.ROOT, "  right, main theme only: %s%n", percent(crossValidated.mainThemeAccuracy()));
			crossValidated.accuracyByLanguage()
				.forEach((language, accuracy) -> out.printf(Locale.ROOT, "  %s: %s%n", language, percent(accuracy)));
			for (String theme : model.classIds()) {
				out.printf(Locale.ROOT, "  %-28s precision %6s  recall %6s%n", theme,
						percent(crossValidated.precision(theme)), percent(crossValidated.recall(theme)));
			}
			out.printf(Locale.ROOT, "Wrote %s: %d words, %d bytes%n", modelFile, model.words().size(),
					Files.size(modelFile));
			return ExitCodes.COMPLETED;
		}
		catch (IOException ex) {
			err.println(NAME + ": cannot train the theme model: " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
		catch (IllegalArgumentException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}

}
