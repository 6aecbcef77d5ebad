package org.socialreports.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.util.CloseableThreadLocal;

import org.socialreports.ingest.Post;

/**
 * Gives a post its primary theme. The rules first: the vocabulary of the taxonomy gives each
 * theme a score, the weight of its terms in the post once normalised by the post's length.
 * Without a {@link ThemeModel}, the theme whose score is highest decides, provided it reaches
 * the taxonomy's threshold and minimum number of matches; otherwise {@link Theme#UNCLASSIFIED}.
 * With one, the model decides from the post's words and the rule scores: the most probable of
 * the themes and unclassified, each theme scored with its probability (docs/theme-model.md).
 * <p>
 * Immutable and thread-safe: one instance serves every thread of a step. {@link #close()}
 * releases the analyser's per-thread state once nothing classifies any more.
 */
public final class ThemeClassifier implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ThemeClassifier.class);

	/** How many of the learned features that weighed most a post's explanation lists. */
	static final int LEARNED_FEATURES = 4;

	/**
	 * A rule score the model may not overrule into unclassified: the taxonomy owner's word for a
	 * post the terms describe that strongly (docs/theme-model.md: it keeps the seed archive's
	 * themes that DESIGN.md states, for 1.3 points of cross-validated accuracy).
	 */
	static final double SURE_RULE_SCORE = 2;

	/**
	 * A post with fewer distinct words the model knows gets only a theme that one of its terms
	 * names. The model learned from blog posts of hundreds of words; on the short posts of social
	 * accounts, of other subjects and languages, a word or two of them ("yesterday", "final",
	 * "star") made a tenth of a real archive crisis communication, where the rules found three
	 * such posts. Cross-validated, it costs half a point (docs/theme-model.md).
	 */
	static final int NAMED_BELOW_WORDS = 40;

	private final Taxonomy taxonomy;

	/** The taxonomy as each language's analysis sees it. */
	private final Map<TextLanguage, TaxonomyIndex> indexes = new EnumMap<>(TextLanguage.class);

	/** What labelled posts taught, or {@code null}: the rules decide alone. */
	private final ThemeModel model;

	private final int namedBelowWords;

	private final CloseableThreadLocal<PostFeatures> features = new CloseableThreadLocal<>() {
		@Override
		protected PostFeatures initialValue() {
			return new PostFeatures(ThemeClassifier.this.model.words().size());
		}
	};

	/**
	 * The rules alone.
	 * @throws IllegalArgumentException if a term can never match (only stop words) or two
	 * terms of a theme are the same once analysed
	 */
	public ThemeClassifier(Taxonomy taxonomy) {
		this(taxonomy, null);
	}

	/**
	 * @param model what decides from the rule scores and the words, or {@code null} for the rules alone
	 * @throws IllegalArgumentException if a term can never match (only stop words), two terms of
	 * a theme are the same once analysed, or the model does not know exactly the taxonomy's themes
	 */
	public ThemeClassifier(Taxonomy taxonomy, ThemeModel model) {
		this(taxonomy, model, NAMED_BELOW_WORDS);
	}

	/** @param namedBelowWords see {@link #NAMED_BELOW_WORDS}; the tests' posts are shorter */
	ThemeClassifier(Taxonomy taxonomy, ThemeModel model, int namedBelowWords) {
		this.namedBelowWords = namedBelowWords;
		if (model != null && !model.classIds().equals(ThemeModel.classIdsOf(taxonomy.themes()))) {
			throw new IllegalArgumentException("the theme model knows the themes " + model.classIds()
					+ ", not the taxonomy's " + ThemeModel.classIdsOf(taxonomy.themes()));
		}
		this.taxonomy = taxonomy;
		this.model = model;
		List<String> modelWords = (model != null) ? model.words() : List.of();
		for (TextLanguage language : TextLanguage.values()) {
			this.indexes.put(language, new TaxonomyIndex(taxonomy, language, modelWords));
		}
	}

	/**
	 * A classifier for the taxonomy file at {@code file}, the rules alone.
	 * @throws IllegalArgumentException with a one-line message naming the file and the problem
	 */
	public static ThemeClassifier fromFile(Path file) {
		return fromFiles(file, null);
	}

	/**
	 * A classifier for the taxonomy file and the theme model file beside it. Without a model file,
	 * or with a model of other themes than the taxonomy's (a theme added or removed since it was
	 * trained), the rules decide alone, the latter with a warning; a model trained with other
	 * terms of the same themes still decides, with a warning.
	 *
	 * @param modelFile the theme model, or {@code null} for the rules alone
	 * @throws IllegalArgumentException with a one-line message naming the file and the problem,
	 * for a damaged model too
	 */
	public static ThemeClassifier fromFiles(Path file, Path modelFile) {
		Taxonomy taxonomy = TaxonomyLoader.load(file);
		ThemeModel model = (modelFile != null) ? ThemeModelFile.readIfPresent(modelFile) : null;
		if (model != null) {
			model = usable(model, modelFile, taxonomy, file);
		}
		try {
			return new ThemeClassifier(taxonomy, model);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	private static ThemeModel usable(ThemeModel model, Path modelFile, Taxonomy taxonomy, Path file) {
		List<String> themes = ThemeModel.classIdsOf(taxonomy.themes());
		if (!model.classIds().equals(themes)) {
			logger.warn("The theme model " + modelFile + " was trained for the themes " + model.classIds()
					+ ", but the taxonomy " + file + " defines " + themes + ": the taxonomy's rules alone classify"
					+ " the posts. Label posts of the new themes and train the model again (--train-model=LABELS.tsv,"
					+ " docs/theme-model.md)");
			return null;
		}
		String sha256 = ThemeModelFile.sha256(file);
		if (!model.taxonomySha256().equals(sha256)) {
			logger.warn("The theme model " + modelFile + " was trained with another version of the taxonomy " + file
					+ " (same themes, other terms or settings): it still decides, but train it again"
					+ " (--train-model=LABELS.tsv, docs/theme-model.md) so that it learns how the new rules score");
		}
		return model;
	}

	public Taxonomy taxonomy() {
		return this.taxonomy;
	}

	/** Whether a theme model decides, rather than the rules alone. */
	public boolean learned() {
		return this.model != null;
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
		double[] ruleScores = new double[themes.size()];
		for (int t = 0; t < themes.size(); t++) {
			double weight = tally.weightOf(t);
			if (weight == 0) {
				continue;
			}
			if (tally.passingMention(t, bodyWords.length, this.taxonomy.passingMention())) {
				weight *= this.taxonomy.passingMention().counts();
			}
			weight *= index.contextFactor(t, titleWords, bodyWords);
			ruleScores[t] = weight / norm;
		}
		if (this.model != null) {
			return learned(index, titleWords, bodyWords, ruleScores, tally);
		}
		Map<Theme, Double> scores = new LinkedHashMap<>();
		int best = -1;
		double bestScore = 0;
		for (int t = 0; t < themes.size(); t++) {
			double score = ruleScores[t];
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
	 * The model's decision: the most probable class, a tie to the first in the taxonomy; but
	 * unclassified only if the rules are not sure of a theme ({@link #SURE_RULE_SCORE}), and in a
	 * short post a theme only if one of its terms names it ({@link #NAMED_BELOW_WORDS}). Each
	 * theme scores its probability; an unclassified post scores 0, as with the rules alone. What
	 * decided it: the chosen theme's matched terms, then the learned features that added most
	 * to its logit.
	 */
	private Classification learned(TaxonomyIndex index, int[] titleWords, int[] bodyWords, double[] ruleScores,
			ThemeTally tally) {
		PostFeatures words = this.features.get();
		words.start();
		words.add(titleWords, index.featureOfWord(), this.model.titleWeight());
		words.add(bodyWords, index.featureOfWord(), 1);
		words.weigh(this.model.idf());
		double[] probabilities = this.model.probabilities(words, ruleScores);
		int best = 0;
		for (int k = 1; k < probabilities.length; k++) {
			if (probabilities[k] > probabilities[best]) {
				best = k;
			}
		}
		List<Theme> themes = this.taxonomy.themes().scored();
		if (best == themes.size()) {
			int sure = sureTheme(ruleScores, tally);
			best = (sure >= 0) ? sure : best;
		}
		else if (tally.matchesOf(best) == 0 && words.count() < this.namedBelowWords) {
			best = mostProbableNamed(probabilities, tally);
		}
		Map<Theme, Double> scores = new LinkedHashMap<>();
		for (int t = 0; t < themes.size(); t++) {
			scores.put(themes.get(t), probabilities[t]);
		}
		Theme theme = (best < themes.size()) ? themes.get(best) : Theme.UNCLASSIFIED;
		List<String> decided = new ArrayList<>(theme.isUnclassified() ? List.of() : matchedTerms(theme, tally));
		// an unclassified post is explained by nothing having matched enough, as with the rules:
		// the words that weighed for "none" told a reader nothing and took a sixth of the database
		if (!theme.isUnclassified()) {
			LearnedExplanation.strongest(this.model, words, ruleScores, best, LEARNED_FEATURES, decided);
		}
		return new Classification(theme, theme.isUnclassified() ? 0.0 : probabilities[best], scores, decided);
	}

	/**
	 * The most probable of the themes that one of their terms names in the post, if it is more
	 * probable than unclassified; else unclassified.
	 */
	private static int mostProbableNamed(double[] probabilities, ThemeTally tally) {
		int unclassified = probabilities.length - 1;
		int best = unclassified;
		for (int t = 0; t < unclassified; t++) {
			if (tally.matchesOf(t) > 0 && probabilities[t] > probabilities[best]) {
				best = t;
			}
		}
		return best;
	}

	/** The rules' theme when they are sure of it, else -1. */
	private int sureTheme(double[] ruleScores, ThemeTally tally) {
		int best = -1;
		for (int t = 0; t < ruleScores.length; t++) {
			if (best < 0 || ruleScores[t] > ruleScores[best]) {
				best = t;
			}
		}
		boolean sure = best >= 0 && ruleScores[best] >= Math.max(SURE_RULE_SCORE, this.taxonomy.threshold())
				&& tally.matchesOf(best) >= this.taxonomy.minMatches();
		return sure ? best : -1;
	}

	/**
	 * The terms of the theme that matched, as written in the taxonomy, strongest first, each
	 * with the weight it brought: {@code twitter (6)} for three occurrences of a term of weight
	 * 2, or one of them in the title.
	 */
	private static List<String> matchedTerms(Theme theme, ThemeTally tally) {
		List<String> texts = new ArrayList<>();
		for (CompiledTerm term : tally.heaviestOf(theme)) {
			texts.add(ExplanationWording.stored(term.text(), weight(tally.weightOf(term)), false));
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
		this.features.close();
	}

}
