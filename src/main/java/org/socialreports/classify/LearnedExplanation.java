package org.socialreports.classify;

import java.util.List;

/**
 * The learned part of what decided a post's theme: the features that added most to the chosen
 * class's logit, each as {@code tweet (learned 0.84)} (an analysed word, so maybe a stem) or
 * {@code taxonomy terms (learned 1.20)} for the chosen theme's own rule score. Only features
 * that pushed towards the class are listed, the strongest first, equal ones in the vocabulary's
 * order.
 */
final class LearnedExplanation {

	/** Less than this moves a probability by less than a percent or so: not worth a reader's time. */
	private static final double NEGLIGIBLE = 0.01;

	private LearnedExplanation() {
	}

	/**
	 * Appends to {@code explanation} the {@code most} features that weighed most for the class.
	 *
	 * @param words the post's words, weighed
	 * @param ruleScores each theme's rule score
	 * @param classIndex the chosen class (a theme, or unclassified after them)
	 */
	static void strongest(ThemeModel model, PostFeatures words, double[] ruleScores, int classIndex, int most,
			List<String> explanation) {
		// a handful of slots, filled by insertion: no sorting of the post's words
		int[] features = new int[most];
		double[] contributions = new double[most];
		int kept = 0;
		for (int i = 0; i < words.count(); i++) {
			double contribution = model.contribution(words, i, classIndex);
			kept = keep(i, contribution, features, contributions, kept, words);
		}
		double rules = (classIndex < ruleScores.length)
				? model.ruleContribution(classIndex, ruleScores[classIndex], classIndex) : 0;
		kept = keep(-1, rules, features, contributions, kept, words);
		for (int at = 0; at < kept; at++) {
			String feature = (features[at] < 0) ? ExplanationWording.STORED.taxonomyTerms()
					: model.words().get(words.word(features[at]));
			explanation.add(ExplanationWording.stored(feature, hundredths(contributions[at]), true));
		}
	}

	private static int keep(int feature, double contribution, int[] features, double[] contributions, int kept,
			PostFeatures words) {
		if (contribution < NEGLIGIBLE) {
			return kept;
		}
		int at = kept;
		while (at > 0 && stronger(feature, contribution, features[at - 1], contributions[at - 1], words)) {
			at--;
		}
		if (at >= features.length) {
			return kept;
		}
		int last = Math.min(kept, features.length - 1);
		System.arraycopy(features, at, features, at + 1, last - at);
		System.arraycopy(contributions, at, contributions, at + 1, last - at);
		features[at] = feature;
		contributions[at] = contribution;
		return Math.min(kept + 1, features.length);
	}

	private static boolean stronger(int feature, double contribution, int other, double otherContribution,
			PostFeatures words) {
		if (contribution != otherContribution) {
			return contribution > otherContribution;
		}
		// the rule score (-1) before the words, the words in the vocabulary's order
		return order(feature, words) < order(other, words);
	}

	private static int order(int feature, PostFeatures words) {
		return (feature < 0) ? -1 : words.word(feature);
	}

	/** Two decimals, written without {@link String#format}, which would cost more than the rest of the explanation. */
	static String hundredths(double value) {
		long hundredths = Math.round(value * 100);
		String sign = (hundredths < 0) ? "-" : "";
		hundredths = Math.abs(hundredths);
		long fraction = hundredths % 100;
		return sign + (hundredths / 100) + "." + ((fraction < 10) ? "0" : "") + fraction;
	}

}
