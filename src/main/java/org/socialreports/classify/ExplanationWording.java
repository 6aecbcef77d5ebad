package org.socialreports.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * How a post's explanation ({@link Classification#matchedTerms()}) reads in a report's
 * language. The classifier stores it in one wording, {@link #STORED}, as {@code posts.csv}
 * shows it: {@code tweet (3)}, {@code twitter (1.5)}, {@code twit (learned 0.84)},
 * {@code taxonomy terms (learned 1.20)}. A report in another language rewords the learned
 * features and writes the weights with its decimal separator; the taxonomy's terms stay as
 * the taxonomy writes them.
 *
 * @param learned the word for a learned feature's weight: "learned", "appris"
 * @param taxonomyTerms what the chosen theme's rule score is called: "taxonomy terms"
 * @param decimalSeparator the language's: '.', ','
 */
public record ExplanationWording(String learned, String taxonomyTerms, char decimalSeparator) {

	/** The wording the classifier stores and {@code posts.csv} keeps. */
	public static final ExplanationWording STORED = new ExplanationWording("learned", "taxonomy terms", '.');

	/** One stored item as written in the stored wording. */
	static String stored(String feature, String weight, boolean learned) {
		return STORED.written(feature, weight, learned);
	}

	/** The stored items, each in this wording. */
	public List<String> of(List<String> storedItems) {
		if (equals(STORED)) {
			return storedItems;
		}
		List<String> items = new ArrayList<>(storedItems.size());
		storedItems.forEach((item) -> items.add(of(item)));
		return items;
	}

	/** One stored item in this wording; an item of another form comes back as it is. */
	public String of(String storedItem) {
		int open = storedItem.lastIndexOf(" (");
		if (open < 0 || !storedItem.endsWith(")")) {
			return storedItem;
		}
		String feature = storedItem.substring(0, open);
		String weight = storedItem.substring(open + 2, storedItem.length() - 1);
		String learnedPrefix = STORED.learned + " ";
		boolean learned = weight.startsWith(learnedPrefix);
		if (learned) {
			weight = weight.substring(learnedPrefix.length());
			if (feature.equals(STORED.taxonomyTerms)) {
				feature = this.taxonomyTerms;
			}
		}
		return written(feature, weight.replace('.', this.decimalSeparator), learned);
	}

	private String written(String feature, String weight, boolean learned) {
		return feature + " (" + (learned ? this.learned + " " : "") + weight + ")";
	}

}
