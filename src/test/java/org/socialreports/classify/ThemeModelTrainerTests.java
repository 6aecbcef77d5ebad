package org.socialreports.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Trains on a dozen labelled posts (src/test/resources/classify/model/): two themes, each of a
 * few words the taxonomy does not list, and posts about gardens and kitchens.
 */
class ThemeModelTrainerTests {

	static final Path TAXONOMY = Path.of("src/test/resources/classify/model/taxonomy.yml");

	static final Path LABELS = Path.of("src/test/resources/classify/model/labels.tsv");

	private static ThemeModelTrainer trainer;

	private static List<ThemeModelTrainer.Example> examples;

	@BeforeAll
	static void read() throws IOException {
		Locale.setDefault(Locale.ROOT);
		trainer = new ThemeModelTrainer(TaxonomyLoader.load(TAXONOMY), ThemeModelFile.sha256(TAXONOMY));
		examples = trainer.examples(LabelledPosts.read(LABELS));
	}

	@Test
	void learnsTheWordsThatTheTaxonomyDoesNotList() {
		// as for a long post, which the model decides whether a term names its theme or not
		try (ThemeClassifier classifier = new ThemeClassifier(trainer.taxonomy(), trainer.train(examples), 0)) {
			// none of these words is a taxonomy term: the rules alone leave all three unclassified
			assertThat(theme(classifier, "Morning hashtags", "Our followers love the hashtags of our timeline."))
				.isEqualTo("twitter-usage");
			assertThat(theme(classifier, "Backlash", "The outrage grew; a boycott followed the backlash."))
				.isEqualTo("crisis-communication");
			assertThat(theme(classifier, "Sunny garden", "Tomatoes, water and sun: the garden grows."))
				.isEqualTo("unclassified");
		}
		try (ThemeClassifier rules = new ThemeClassifier(trainer.taxonomy())) {
			assertThat(theme(rules, "Morning hashtags", "Our followers love the hashtags of our timeline."))
				.isEqualTo("unclassified");
		}
	}

	/** A short post gets a theme from the model only if one of the theme's terms names it. */
	@Test
	void givesAShortPostOnlyAThemeThatOneOfItsTermsNames() {
		try (ThemeClassifier classifier = new ThemeClassifier(trainer.taxonomy(), trainer.train(examples))) {
			Classification unnamed = classifier.classify("Morning hashtags",
					"Our followers love the hashtags of our timeline.", "en");
			// the model's words point to Twitter, but no term of the theme is in the post
			assertThat(unnamed.scoreOf(trainer.taxonomy().themes().fromId("twitter-usage"))).isGreaterThan(0.5);
			assertThat(unnamed.theme().id()).isEqualTo("unclassified");
			// explained as the rules explain it: nothing matched enough
			assertThat(unnamed.matchedTerms()).isEmpty();
			// the post of a backlash names Twitter, not a crisis: the named theme, if more likely than none
			assertThat(theme(classifier, "Backlash", "The outrage grew on Twitter; a backlash followed the outrage."))
				.isEqualTo("twitter-usage");
			assertThat(theme(classifier, "Backlash", "The outrage grew; an apology followed the backlash."))
				.isEqualTo("crisis-communication");
		}
	}

	@Test
	void givesEveryTrainingPostItsLabel() {
		try (ThemeClassifier classifier = new ThemeClassifier(trainer.taxonomy(), trainer.train(examples), 0)) {
			for (ThemeModelTrainer.Example example : examples) {
				LabelledPost post = example.post();
				assertThat(classifier.classify(post.title(), post.text(), post.language()).theme().id())
					.as(post.id())
					.isEqualTo(post.theme());
			}
		}
	}

	@Test
	void sameLabelsGiveTheSameFileByteForByte(@TempDir Path folder) throws IOException {
		Path first = folder.resolve("first.tsv");
		Path second = folder.resolve("second.tsv");
		ThemeModelFile.write(trainer.train(examples), first);
		ThemeModelFile.write(new ThemeModelTrainer(trainer.taxonomy(), ThemeModelFile.sha256(TAXONOMY))
			.train(trainer.examples(LabelledPosts.read(LABELS))), second);
		assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
		List<String> lines = Files.readAllLines(first);
		assertThat(lines.subList(1, 7)).containsExactly("format\t1",
				"classes\ttwitter-usage\tcrisis-communication\tunclassified",
				"taxonomy-sha256\t" + ThemeModelFile.sha256(TAXONOMY), "posts\t12", "title-weight\t2", "rule-cap\t1");
		assertThat(lines.get(7)).startsWith("bias\t");
		assertThat(lines.get(8)).startsWith("rule\ttwitter-usage\t");
		assertThat(lines.get(9)).startsWith("rule\tcrisis-communication\t");
		// the words of three posts at least, sorted: not "boycott" (one post), "garden" or "jardin" (two)
		List<String> words = lines.stream().skip(10).map((line) -> line.split("\t")[1]).toList();
		assertThat(words).containsExactly("backlash", "follower", "hashtag", "outrage");
		// what was written reads back as the same model
		assertThat(ThemeModelFile.text(readBack(first))).isEqualTo(Files.readString(first));
	}

	@Test
	void crossValidationHoldsOutWholeSources() {
		List<List<ThemeModelTrainer.Example>> folds = ThemeModelCrossValidation.folds(examples, 2);
		// four sources of three posts: the first and third to one fold, the second and fourth to the other
		assertThat(folds).hasSize(2);
		assertThat(folds.get(0)).extracting((example) -> example.post().id())
			.containsExactly("t1", "c1", "u1", "t2", "t3", "t4");
		assertThat(folds.get(1)).extracting((example) -> example.post().id())
			.containsExactly("c2", "c3", "c4", "u2", "u3", "u4");
	}

	@Test
	void crossValidatedFiguresAreThoseOfHeldOutPosts() {
		ThemeEvaluation evaluation = ThemeModelCrossValidation.of(trainer, examples, 2);
		assertThat(evaluation.results()).hasSize(12);
		// the first fold's posts by a model that saw no twitter post (t1, of twitter and tweet in its
		// title, is one the rules are sure of); the second fold's by one that saw a single crisis
		// post, too few for its words: only the term "apology" finds c2
		assertThat(evaluation.results()).extracting((result) -> result.post().id() + " " + result.classification().theme())
			.containsExactly("t1 twitter-usage", "t2 unclassified", "t3 unclassified", "t4 unclassified",
					"c1 crisis-communication", "c2 crisis-communication", "c3 unclassified", "c4 unclassified",
					"u1 unclassified", "u2 unclassified", "u3 unclassified", "u4 unclassified");
		assertThat(evaluation.accuracy()).isEqualTo(7 / 12.0);
	}

	@Test
	void aPostOfAThemeTheTaxonomyDoesNotDefineIsRefused() {
		LabelledPost post = new LabelledPost("x1", "en", "influencer-marketing", "", "Influencers", "text", "s", "r");
		assertThatIllegalArgumentException().isThrownBy(() -> trainer.examples(List.of(post)))
			.withMessage("post x1 is labelled 'influencer-marketing', a theme the taxonomy does not define");
	}

	private static ThemeModel readBack(Path file) {
		try {
			return ThemeModelFile.read(file);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static String theme(ThemeClassifier classifier, String title, String body) {
		return classifier.classify(title, body, "en").theme().id();
	}

}
