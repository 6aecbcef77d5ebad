package org.socialreports.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The classifier with a theme model: what decides, what explains a post, and which model a run
 * takes (the rules alone when the model does not know the taxonomy's themes).
 */
@ExtendWith(OutputCaptureExtension.class)
class LearnedThemeClassifierTests {

	private static final Path TAXONOMY = ThemeModelTrainerTests.TAXONOMY;

	/** The model of ThemeModelFileTests with "backlash" for its second word. */
	private static final String MODEL = ThemeModelFileTests.SMALL.replace("outrag", "backlash");

	private static Taxonomy taxonomy;

	@TempDir
	Path folder;

	@BeforeAll
	static void load() {
		Locale.setDefault(Locale.ROOT);
		taxonomy = TaxonomyLoader.load(TAXONOMY);
	}

	/**
	 * Words hashtag (title 4 + body 1) and backlash (1), times idf 1.5 and 2: 7.5 and 2, of length
	 * 7.762 together, so 0.9662 and 0.2577. Rule scores: twitter 3 over sqrt(4 words) = 1.5,
	 * capped at 1. Logits: twitter 0.1 + 1.2 x 0.9662 - 0.5 x 0.2577 + 2 x 1 = 3.1307; crisis
	 * -0.2 - 0.4 x 0.9662 + 1.5 x 0.2577 - 1 = -1.2000; unclassified 0.3 - 0.8 x 0.9662 - 0.2577 - 1
	 * = -1.7307.
	 */
	@Test
	void theModelDecidesAndItsStrongestFeaturesExplain() throws IOException {
		try (ThemeClassifier classifier = new ThemeClassifier(taxonomy, ThemeModelFile.read(write(MODEL)))) {
			Classification classification = classifier.classify("Hashtags", "Hashtags and a backlash on Twitter.",
					"en");
			double sum = Math.exp(3.1307) + Math.exp(-1.2) + Math.exp(-1.7307);
			assertThat(classification.theme().id()).isEqualTo("twitter-usage");
			assertThat(classification.score()).isCloseTo(Math.exp(3.1307) / sum, within(1e-4));
			assertThat(classification.scoreOf(taxonomy.themes().fromId("crisis-communication")))
				.isCloseTo(Math.exp(-1.2) / sum, within(1e-4));
			// the rule term with its weight, then what added most to the theme's logit; backlash took from it
			assertThat(classification.matchedTerms()).containsExactly("twitter (3)", "taxonomy terms (learned 2.00)",
					"hashtag (learned 1.16)");
		}
	}

	@Test
	void anUnclassifiedPostScoresNothing() throws IOException {
		try (ThemeClassifier classifier = new ThemeClassifier(taxonomy, ThemeModelFile.read(write(MODEL)))) {
			// no word of the model, no term: the biases decide, and unclassified's is the highest
			Classification classification = classifier.classify("Tomatoes", "Water the garden.", "en");
			assertThat(classification.theme()).isEqualTo(Theme.UNCLASSIFIED);
			assertThat(classification.score()).isZero();
			assertThat(classification.matchedTerms()).isEmpty();
		}
	}

	@Test
	void theStrongestFeaturesAreAtMostFourStrongestFirst() throws IOException {
		String model = MODEL.replace("word\tbacklash", String.join("", List.of(
				"word\tbrand\t1.000000\t0.3000\t0\t0\n", "word\tfollower\t1.000000\t0.9000\t0\t0\n",
				"word\tretweet\t1.000000\t0.6000\t0\t0\n", "word\ttimeline\t1.000000\t0.6000\t0\t0\n",
				"word\tbacklash")));
		try (ThemeClassifier classifier = new ThemeClassifier(taxonomy, ThemeModelFile.read(write(model)), 0)) {
			Classification classification = classifier.classify("", "Followers, brand, retweet, timeline, hashtag.",
					"en");
			// five words of value 1/sqrt(1.5² + 4) = 0.4 (hashtag 0.6): taxonomy terms add nothing, no term matched
			assertThat(classification.theme().id()).isEqualTo("twitter-usage");
			assertThat(classification.matchedTerms()).containsExactly("hashtag (learned 0.72)",
					"follower (learned 0.36)", "retweet (learned 0.24)", "timeline (learned 0.24)");
		}
	}

	@Test
	void aModelOfTheSameThemesDecidesEvenIfTheTermsChanged(CapturedOutput output) throws IOException {
		try (ThemeClassifier classifier = ThemeClassifier.fromFiles(TAXONOMY, write(MODEL))) {
			assertThat(classifier.learned()).isTrue();
		}
		assertThat(output).contains("The theme model " + this.folder.resolve("model.tsv")
				+ " was trained with another version of the taxonomy " + TAXONOMY
				+ " (same themes, other terms or settings): it still decides, but train it again");
	}

	@Test
	void aModelOfTheTaxonomyItWasTrainedWithSaysNothing(CapturedOutput output) throws IOException {
		String model = MODEL.replace("taxonomy-sha256\tabc", "taxonomy-sha256\t" + ThemeModelFile.sha256(TAXONOMY));
		try (ThemeClassifier classifier = ThemeClassifier.fromFiles(TAXONOMY, write(model))) {
			assertThat(classifier.learned()).isTrue();
		}
		assertThat(output).doesNotContain("theme model");
	}

	@Test
	void aModelOfOtherThemesLeavesTheRulesAloneWithAWarning(CapturedOutput output) throws IOException {
		String model = MODEL.replace("\tcrisis-communication\t", "\tcrisis-management\t");
		try (ThemeClassifier classifier = ThemeClassifier.fromFiles(TAXONOMY, write(model))) {
			assertThat(classifier.learned()).isFalse();
			Classification classification = classifier.classify("Hashtags", "Hashtags and a backlash on Twitter.",
					"en");
			assertThat(classification.score()).isEqualTo(1.5);
			assertThat(classification.matchedTerms()).containsExactly("twitter (3)");
		}
		assertThat(output).contains("The theme model " + this.folder.resolve("model.tsv")
				+ " was trained for the themes [twitter-usage, crisis-management, unclassified], but the taxonomy "
				+ TAXONOMY + " defines [twitter-usage, crisis-communication, unclassified]: the taxonomy's rules"
				+ " alone classify the posts. Label posts of the new themes and train the model again"
				+ " (--train-model=LABELS.tsv, docs/theme-model.md)");
	}

	@Test
	void noModelFileIsTheRulesAlone(CapturedOutput output) {
		try (ThemeClassifier classifier = ThemeClassifier.fromFiles(TAXONOMY, this.folder.resolve("none.tsv"))) {
			assertThat(classifier.learned()).isFalse();
		}
		assertThat(output).doesNotContain("theme model");
	}

	@Test
	void aDamagedModelStopsTheRun() throws IOException {
		Path model = write(MODEL.replace("bias\t0.100", "bias\tzero"));
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeClassifier.fromFiles(TAXONOMY, model))
			.withMessage(model + ":8: damaged theme model, 'zero' is not a number; train it again with --train-model");
	}

	@Test
	void theShippedModelKnowsTheShippedThemes() {
		try (ThemeClassifier classifier = ThemeClassifier.fromFiles(Path.of("jobs/taxonomy.yml"),
				Path.of("jobs/theme-model.tsv"))) {
			assertThat(classifier.learned()).isTrue();
		}
	}

	private Path write(String text) throws IOException {
		Path file = this.folder.resolve("model.tsv");
		Files.writeString(file, text);
		return file;
	}

}
