package org.socialreports.classify;

import java.time.LocalDate;
import java.util.List;

/**
 * What a taxonomy owner looks at to improve the taxonomy, from the posts a run read: the words
 * most typical of each theme's posts that the taxonomy does not list yet, the words most
 * typical of the posts no theme took (frequent there, rarer in the others), and the posts whose
 * two best themes came close.
 *
 * @param day the day of the run whose posts these are
 * @param sampledPosts how many posts the words were counted in
 * @param typical per theme, its most typical words not in the taxonomy, most typical first
 * @param unclassified the most typical words of the unclassified posts, not in the taxonomy
 * @param closeCalls the posts whose two best themes scored closest, closest first
 */
public record TaxonomyReview(LocalDate day, int sampledPosts, List<Word> typical, List<Word> unclassified,
		List<CloseCall> closeCalls) {

	/** The posts of a theme whose words a run counts: enough for its vocabulary to show. */
	public static final int SAMPLED_PER_THEME = 2_000;

	/** No run has read posts yet. */
	public static final TaxonomyReview NONE = new TaxonomyReview(null, 0, List.of(), List.of(), List.of());

	public TaxonomyReview {
		typical = List.copyOf(typical);
		unclassified = List.copyOf(unclassified);
		closeCalls = List.copyOf(closeCalls);
	}

	/**
	 * A word of the sampled posts, and how often it occurs.
	 *
	 * @param theme the theme whose posts it is typical of, or unclassified
	 * @param analysed the word as the analysis leaves it (lower case, without accents, maybe a
	 * stem), under which its forms are counted together
	 * @param written the word as a post writes it, lower-cased
	 * @param posts how many sampled posts of the theme have it
	 * @param share its share of the theme's sampled posts
	 * @param elsewhere its share of the other themes' sampled posts
	 */
	public record Word(Theme theme, String analysed, String written, int posts, double share, double elsewhere) {
	}

	/**
	 * A post the classifier hesitated over.
	 *
	 * @param source its file, as {@code posts.csv} names it
	 * @param entry its entry in the file, as {@code posts.csv} and {@code overrides.csv} name it
	 * @param title its title
	 * @param theme the theme it was given
	 * @param score that theme's score
	 * @param second the next best theme
	 * @param secondScore its score
	 */
	public record CloseCall(String source, long entry, String title, Theme theme, double score, Theme second,
			double secondScore) {

		/** How close the two were: the second's score as a share of the first's. */
		public double closeness() {
			return (this.score == 0) ? 0 : this.secondScore / this.score;
		}

	}

}
