package org.socialreports.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a {@link ThemeModel} from labelled posts: a softmax over the taxonomy's themes and
 * unclassified, fitted by full-batch Adagrad on the cross-entropy with a light L2 penalty, each
 * class weighed by the inverse of its share of the posts (unclassified is as many posts as two
 * themes together: unweighed, it would swallow the small themes).
 * <p>
 * The settings are those that repository-grouped cross-validation on the development set
 * preferred (docs/theme-model.md gives the alternatives measured). Deterministic: the posts in
 * their order, the vocabulary sorted, weights starting at zero, no randomness, so the same
 * labels give the same model, byte for byte once written.
 */
public final class ThemeModelTrainer {

	/** A title word counts twice, as in the shipped taxonomy: a title says what a post is about. */
	static final double TITLE_WEIGHT = 2;

	/** A rule score of 1 is a certain theme already; beyond, more does not count. */
	static final double RULE_CAP = 1;

	/**
	 * A word of only one post would be learned by heart: it must be in three posts at least, which
	 * keeps a quarter of the words out of the model for as good a cross-validated accuracy.
	 */
	static final int MIN_POSTS = 3;

	static final double L2_PENALTY = 1e-6;

	static final double LEARNING_RATE = 1;

	static final int ITERATIONS = 800;

	private final Taxonomy taxonomy;

	private final String taxonomySha256;

	private final ThemeClassifier rules;

	private final Map<TextLanguage, TextAnalyzer> analyzers = new HashMap<>();

	/** @param taxonomySha256 the SHA-256 of the taxonomy's file, which the model records */
	public ThemeModelTrainer(Taxonomy taxonomy, String taxonomySha256) {
		this.taxonomy = taxonomy;
		this.taxonomySha256 = taxonomySha256;
		this.rules = new ThemeClassifier(taxonomy);
		for (TextLanguage language : TextLanguage.values()) {
			this.analyzers.put(language, new TextAnalyzer(language));
		}
	}

	public Taxonomy taxonomy() {
		return this.taxonomy;
	}

	/** A labelled post as training sees it: its class, its analysed words counted, its rule scores. */
	public record Example(LabelledPost post, int label, Map<String, Double> counts, double[] ruleScores) {
	}

	/**
	 * The posts as examples, analysed as the classifier analyses them.
	 * @throws IllegalArgumentException for a post labelled with a theme the taxonomy does not define
	 */
	public List<Example> examples(List<LabelledPost> posts) {
		List<String> classIds = ThemeModel.classIdsOf(this.taxonomy.themes());
		List<Theme> themes = this.taxonomy.themes().scored();
		List<Example> examples = new ArrayList<>();
		for (LabelledPost post : posts) {
			int label = classIds.indexOf(post.theme());
			if (label < 0) {
				throw new IllegalArgumentException("post " + post.id() + " is labelled '" + post.theme()
						+ "', a theme the taxonomy does not define");
			}
			TextAnalyzer analyzer = this.analyzers.get(LanguageGuess.of(post.language(), post.title(), post.text()));
			Map<String, Double> counts = new TreeMap<>();
			analyzer.analyze(post.title()).forEach((word) -> counts.merge(word, TITLE_WEIGHT, Double::sum));
			analyzer.analyze(post.text()).forEach((word) -> counts.merge(word, 1.0, Double::sum));
			Classification byRules = this.rules.classify(post.title(), post.text(), post.language());
			double[] ruleScores = new double[themes.size()];
			for (int t = 0; t < themes.size(); t++) {
				ruleScores[t] = byRules.scoreOf(themes.get(t));
			}
			examples.add(new Example(post, label, counts, ruleScores));
		}
		return examples;
	}

	/** The model that the examples teach. */
	public ThemeModel train(List<Example> examples) {
		List<String> words = vocabulary(examples);
		Map<String, Integer> index = new HashMap<>();
		words.forEach((word) -> index.put(word, index.size()));
		double[] idf = idf(examples, words, index);
		List<SparseVector> vectors = new ArrayList<>();
		for (Example example : examples) {
			vectors.add(SparseVector.of(example.counts(), index, idf));
		}
		int classes = this.taxonomy.themes().all().size();
		Fit fit = new Fit(words.size(), classes - 1, classes);
		fit.run(examples, vectors);
		return new ThemeModel(ThemeModel.classIdsOf(this.taxonomy.themes()), this.taxonomySha256, examples.size(),
				TITLE_WEIGHT, RULE_CAP, rounded(fit.biases), rounded(fit.ruleWeights), words, roundedIdf(idf),
				rounded(fit.wordWeights));
	}

	/** The words of at least {@link #MIN_POSTS} posts, sorted. */
	private static List<String> vocabulary(List<Example> examples) {
		Map<String, Integer> posts = new TreeMap<>();
		examples.forEach((example) -> example.counts().keySet().forEach((word) -> posts.merge(word, 1, Integer::sum)));
		List<String> words = new ArrayList<>();
		posts.forEach((word, count) -> {
			if (count >= MIN_POSTS) {
				words.add(word);
			}
		});
		return words;
	}

	/** Smoothed inverse document frequency: a word of every post counts 1, a rarer one more. */
	private static double[] idf(List<Example> examples, List<String> words, Map<String, Integer> index) {
		int[] posts = new int[words.size()];
		for (Example example : examples) {
			for (String word : example.counts().keySet()) {
				Integer at = index.get(word);
				if (at != null) {
					posts[at]++;
				}
			}
		}
		double[] idf = new double[words.size()];
		for (int w = 0; w < idf.length; w++) {
			idf[w] = Math.log((1.0 + examples.size()) / (1.0 + posts[w])) + 1;
		}
		return idf;
	}

	// the model holds what its file holds: the same predictions whether read back or not
	private static double[] rounded(double[] weights) {
		return Arrays.stream(weights).map((weight) -> Double.parseDouble(ThemeModelFile.weight(weight))).toArray();
	}

	private static double[] roundedIdf(double[] idf) {
		return Arrays.stream(idf).map((value) -> Double.parseDouble(ThemeModelFile.idf(value))).toArray();
	}

	/** A post's known words: their indexes, ascending, and their values, count times idf, of length 1 together. */
	private record SparseVector(int[] words, double[] values) {

		static SparseVector of(Map<String, Double> counts, Map<String, Integer> index, double[] idf) {
			TreeMap<Integer, Double> known = new TreeMap<>();
			counts.forEach((word, count) -> {
				Integer at = index.get(word);
				if (at != null) {
					known.put(at, count * idf[at]);
				}
			});
			double squares = known.values().stream().mapToDouble((value) -> value * value).sum();
			double length = (squares > 0) ? Math.sqrt(squares) : 1;
			int[] words = known.keySet().stream().mapToInt(Integer::intValue).toArray();
			double[] values = known.values().stream().mapToDouble((value) -> value / length).toArray();
			return new SparseVector(words, values);
		}

	}

	/** The weights being fitted and their Adagrad state. */
	private static final class Fit {

		private final int classes;

		final double[] biases;

		final double[] ruleWeights;

		final double[] wordWeights;

		Fit(int words, int themes, int classes) {
			this.classes = classes;
			this.biases = new double[classes];
			this.ruleWeights = new double[themes * classes];
			this.wordWeights = new double[words * classes];
		}

		void run(List<Example> examples, List<SparseVector> vectors) {
			double[] sampleWeights = balanced(examples);
			double[] biasGradient = new double[this.biases.length];
			double[] ruleGradient = new double[this.ruleWeights.length];
			double[] wordGradient = new double[this.wordWeights.length];
			double[] biasSquares = new double[this.biases.length];
			double[] ruleSquares = new double[this.ruleWeights.length];
			double[] wordSquares = new double[this.wordWeights.length];
			double[] rules = new double[examples.get(0).ruleScores().length];
			for (int iteration = 0; iteration < ITERATIONS; iteration++) {
				Arrays.fill(biasGradient, 0);
				Arrays.fill(ruleGradient, 0);
				Arrays.fill(wordGradient, 0);
				for (int i = 0; i < examples.size(); i++) {
					Example example = examples.get(i);
					SparseVector vector = vectors.get(i);
					for (int t = 0; t < rules.length; t++) {
						rules[t] = Math.min(RULE_CAP, example.ruleScores()[t]) / RULE_CAP;
					}
					double[] probabilities = ThemeModel.softmax(logits(vector, rules));
					for (int k = 0; k < this.classes; k++) {
						double gradient = sampleWeights[i] * (probabilities[k] - ((k == example.label()) ? 1 : 0));
						biasGradient[k] += gradient;
						for (int t = 0; t < rules.length; t++) {
							ruleGradient[t * this.classes + k] += gradient * rules[t];
						}
						for (int q = 0; q < vector.words().length; q++) {
							wordGradient[vector.words()[q] * this.classes + k] += gradient * vector.values()[q];
						}
					}
				}
				step(this.biases, biasGradient, biasSquares, 0);
				step(this.ruleWeights, ruleGradient, ruleSquares, L2_PENALTY);
				step(this.wordWeights, wordGradient, wordSquares, L2_PENALTY);
			}
		}

		private double[] logits(SparseVector vector, double[] rules) {
			double[] logits = this.biases.clone();
			for (int q = 0; q < vector.words().length; q++) {
				int at = vector.words()[q] * this.classes;
				for (int k = 0; k < this.classes; k++) {
					logits[k] += this.wordWeights[at + k] * vector.values()[q];
				}
			}
			for (int t = 0; t < rules.length; t++) {
				for (int k = 0; k < this.classes; k++) {
					logits[k] += this.ruleWeights[t * this.classes + k] * rules[t];
				}
			}
			return logits;
		}

		/** Each class as heavy in total as any other, the weights summing to 1. */
		private double[] balanced(List<Example> examples) {
			int[] perClass = new int[this.classes];
			examples.forEach((example) -> perClass[example.label()]++);
			double[] weights = new double[examples.size()];
			double sum = 0;
			for (int i = 0; i < weights.length; i++) {
				weights[i] = (double) examples.size() / (this.classes * perClass[examples.get(i).label()]);
				sum += weights[i];
			}
			for (int i = 0; i < weights.length; i++) {
				weights[i] /= sum;
			}
			return weights;
		}

		private static void step(double[] weights, double[] gradient, double[] squares, double penalty) {
			for (int j = 0; j < weights.length; j++) {
				double g = gradient[j] + penalty * weights[j];
				squares[j] += g * g;
				weights[j] -= LEARNING_RATE * g / (Math.sqrt(squares[j]) + 1e-8);
			}
		}

	}

}
