package org.socialreports.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialreports.ingest.Post;

/**
 * Gives a post its primary theme from the vocabulary of the taxonomy: the theme whose terms
 * weigh most in the post, once normalised by the post's length, provided it reaches the
 * taxonomy's threshold and minimum number of matches; otherwise {@link Theme#UNCLASSIFIED}.
 * <p>
 * Immutable and thread-safe: one instance serves every thread of a step. {@link #close()}
 * releases the analyser's per-thread state once nothing classifies any more.
 */
public final class ThemeClassifier implements AutoCloseable {

	private final Taxonomy taxonomy;

	/** The taxonomy as each language's analysis sees it. */
	private final Map<TextLanguage, TaxonomyIndex> indexes = new EnumMap<>(TextLanguage.class);

	/**
	 * @throws IllegalArgumentException if a term can never match (only stop words) or two
	 * terms of a theme are the same once analysed
	 */
	public ThemeClassifier(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		for (TextLanguage language : TextLanguage.values()) {
			this.indexes.put(language, new TaxonomyIndex(taxonomy, language));
		}
	}

	/**
	 * A classifier for the taxonomy file at {@code file}.
	 * @throws IllegalArgumentException with a one-line message naming the file and the problem
	 */
	public static ThemeClassifier fromFile(Path file) {
		Taxonomy taxonomy = TaxonomyLoader.load(file);
		try {
			return new ThemeClassifier(taxonomy);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	public Taxonomy taxonomy() {
		return this.taxonomy;
	}

	public Classification classify(Post post) {
		return classify(post.title(), post.body(), post.origin().language());
	}

	/** A post of unknown language: its words tell which. */
	public Classification classify(String title, String body) {
		return classify(title, body, null);
	}

	/**
	 * @param declaredLanguage the language the post's export declares, or {@code null}: its words
	 * tell then
	 */
	public Classification classify(String title, String body, String declaredLanguage) {
		TaxonomyIndex index = this.indexes.get(LanguageGuess.of(declaredLanguage, title, body));
		int[] titleWords = index.encode(title);
		int[] bodyWords = index.encode(body);
		List<Theme> themes = this.taxonomy.themes().scored();
		ThemeTally tally = new ThemeTally(themes.size());
		index.match(titleWords, this.taxonomy.titleWeight(), true, tally);
		index.match(bodyWords, 1.0, false, tally);
		// Evidence grows with a post's length: dividing by nothing would favour long posts for
		// being long, dividing by the length (a density) would let one word in a short post beat
		// a long post on the subject. The square root in between is Lucene's classic length
		// norm: a post written twice over scores sqrt(2) times as much, not twice as much.
		double norm = Math.sqrt(Math.max(1, titleWords.length + bodyWords.length));
		Map<Theme, Double> scores = new LinkedHashMap<>();
		int best = -1;
		double bestScore = 0;
		for (int t = 0; t < themes.size(); t++) {
			double weight = tally.weightOf(t);
			if (tally.passingMention(t, bodyWords.length, this.taxonomy.passingMention())) {
				weight *= this.taxonomy.passingMention().counts();
			}
			double score = weight / norm;
			scores.put(themes.get(t), score);
			// strictly greater: a tie goes to the theme first in the taxonomy, whatever the run
			if (best < 0 || score > bestScore) {
				best = t;
				bestScore = score;
			}
		}
		if (best < 0 || bestScore == 0 || bestScore < this.taxonomy.threshold()
				|| tally.matchesOf(best) < this.taxonomy.minMatches()) {
			return new Classification(Theme.UNCLASSIFIED, 0.0, scores, List.of());
		}
		return new Classification(themes.get(best), bestScore, scores, matchedTerms(themes.get(best), tally));
	}

	/**
	 * The terms of the theme that matched, as written in the taxonomy, strongest first, each
	 * with the weight it brought: {@code twitter (6)} for three occurrences of a term of weight
	 * 2, or one of them in the title.
	 */
	private static List<String> matchedTerms(Theme theme, ThemeTally tally) {
		List<String> texts = new ArrayList<>();
		for (CompiledTerm term : tally.heaviestOf(theme)) {
			texts.add(term.text() + " (" + weight(tally.weightOf(term)) + ")");
		}
		return texts;
	}

	private static String weight(double weight) {
		return (weight == Math.rint(weight)) ? Long.toString((long) weight)
				: String.format(java.util.Locale.ROOT, "%.1f", weight);
	}

	@Override
	public void close() {
		this.indexes.values().forEach(TaxonomyIndex::close);
	}

}
