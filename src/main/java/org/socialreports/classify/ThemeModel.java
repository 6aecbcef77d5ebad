package org.socialreports.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * What was learned from labelled posts (see {@link ThemeModelTrainer}): a multinomial logistic
 * regression (a softmax) over the taxonomy's themes and unclassified, read from and written to
 * {@code jobs/theme-model.tsv} by {@link ThemeModelFile}.
 * <p>
 * A post's features are the words of its vocabulary, as the post's language analyses them,
 * each counted ({@code titleWeight} times in the title) and multiplied by the word's idf, the
 * whole scaled to length 1 so that a long post does not weigh more for being long; then each
 * theme's rule score ({@link ThemeClassifier} without a model), capped at {@code ruleCap} and
 * divided by it. A class's logit is its bias plus the weights of the features times their
 * values: a sum over the post's words only.
 * <p>
 * Immutable and thread-safe.
 *
 * @param classIds the taxonomy's theme ids in its order, then {@link Theme#UNCLASSIFIED_ID}
 * @param taxonomySha256 the SHA-256 of the taxonomy file the model was trained with
 * @param posts how many labelled posts it was trained on
 * @param titleWeight how many times a title word counts
 * @param ruleCap the rule score beyond which more does not count
 * @param biases per class
 * @param ruleWeights per theme's rule score, then per class: {@code [theme * classes + class]}
 * @param words the vocabulary, analysed words
 * @param idf per word
 * @param wordWeights per word, then per class: {@code [word * classes + class]}
 */
public record ThemeModel(List<String> classIds, String taxonomySha256, int posts, double titleWeight,
		double ruleCap, double[] biases, double[] ruleWeights, List<String> words, double[] idf,
		double[] wordWeights) {

	public ThemeModel {
		classIds = List.copyOf(classIds);
		words = List.copyOf(words);
		int classes = classIds.size();
		if (classes < 2 || !classIds.get(classes - 1).equals(Theme.UNCLASSIFIED_ID)) {
			throw new IllegalArgumentException("the classes must be themes, then " + Theme.UNCLASSIFIED_ID);
		}
		if (biases.length != classes || ruleWeights.length != (classes - 1) * classes || idf.length != words.size()
				|| wordWeights.length != words.size() * classes) {
			throw new IllegalArgumentException("weights and classes do not agree in number");
		}
	}

	/** The ids of the themes, then {@link Theme#UNCLASSIFIED_ID}, of a taxonomy: what a model for it must know. */
	static List<String> classIdsOf(Themes themes) {
		List<String> ids = new ArrayList<>();
		themes.all().forEach((theme) -> ids.add(theme.id()));
		return ids;
	}

	int classes() {
		return this.classIds.size();
	}

	/**
	 * The probability of each class for a post whose words are counted in {@code features}
	 * (already weighed, see {@link PostFeatures#weigh(double[])}).
	 *
	 * @param ruleScores each theme's rule score, in the taxonomy's order
	 */
	double[] probabilities(PostFeatures features, double[] ruleScores) {
		int classes = classes();
		double[] logits = this.biases.clone();
		for (int i = 0; i < features.count(); i++) {
			int at = features.word(i) * classes;
			double value = features.value(i);
			for (int k = 0; k < classes; k++) {
				logits[k] += this.wordWeights[at + k] * value;
			}
		}
		for (int t = 0; t < ruleScores.length; t++) {
			double value = ruleValue(ruleScores[t]);
			if (value != 0) {
				for (int k = 0; k < classes; k++) {
					logits[k] += this.ruleWeights[t * classes + k] * value;
				}
			}
		}
		return softmax(logits);
	}

	/** A rule score as a feature: beyond the cap, a theme is as certain as it gets. */
	double ruleValue(double ruleScore) {
		return Math.min(this.ruleCap, ruleScore) / this.ruleCap;
	}

	/** What a word of the post adds to a class's logit. */
	double contribution(PostFeatures features, int i, int classIndex) {
		return this.wordWeights[features.word(i) * classes() + classIndex] * features.value(i);
	}

	/** What a theme's rule score adds to a class's logit. */
	double ruleContribution(int themeIndex, double ruleScore, int classIndex) {
		return this.ruleWeights[themeIndex * classes() + classIndex] * ruleValue(ruleScore);
	}

	static double[] softmax(double[] logits) {
		double max = Double.NEGATIVE_INFINITY;
		for (double logit : logits) {
			max = Math.max(max, logit);
		}
		double sum = 0;
		for (int k = 0; k < logits.length; k++) {
			logits[k] = Math.exp(logits[k] - max);
			sum += logits[k];
		}
		for (int k = 0; k < logits.length; k++) {
			logits[k] /= sum;
		}
		return logits;
	}

}
