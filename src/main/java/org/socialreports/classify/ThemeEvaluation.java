package org.socialreports.classify;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How well a classifier finds the themes people gave posts: accuracy (with and without the
 * acceptable second theme), per language, precision and recall per theme, the confusion matrix
 * and the misfiled posts with what decided them.
 * <p>
 * A post counts as right when the theme given is its theme or its acceptable second. Then it
 * is a true positive of the theme given; otherwise a false positive of the theme given and a
 * false negative of its own theme.
 */
public final class ThemeEvaluation {

	/** What the classifier gave one labelled post. */
	public record Result(LabelledPost post, Classification classification) {

		public boolean right() {
			return this.post.accepts(this.classification.theme().id());
		}

		public boolean mainThemeRight() {
			return this.post.theme().equals(this.classification.theme().id());
		}

	}

	private final List<String> themeIds;

	private final List<Result> results;

	private ThemeEvaluation(List<String> themeIds, List<Result> results) {
		this.themeIds = themeIds;
		this.results = List.copyOf(results);
	}

	/** Classifies every post with the classifier (read-only: nothing is stored). */
	public static ThemeEvaluation of(ThemeClassifier classifier, List<LabelledPost> posts) {
		return of(classifier.taxonomy().themes(), posts, (post) -> classifier.classify(post.title(), post.text(),
				post.language()));
	}

	static ThemeEvaluation of(Themes themes, List<LabelledPost> posts, Function<LabelledPost, Classification> classify) {
		List<String> ids = new ArrayList<>();
		themes.all().forEach((theme) -> ids.add(theme.id()));
		List<Result> results = new ArrayList<>();
		for (LabelledPost post : posts) {
			if (!ids.contains(post.theme())) {
				throw new IllegalArgumentException("post " + post.id() + " is labelled '" + post.theme()
						+ "', a theme the taxonomy does not define");
			}
			results.add(new Result(post, classify.apply(post)));
		}
		return new ThemeEvaluation(ids, results);
	}

	public List<Result> results() {
		return this.results;
	}

	/** The share of posts given their theme or their acceptable second. */
	public double accuracy() {
		return share(this.results, Result::right);
	}

	public double mainThemeAccuracy() {
		return share(this.results, Result::mainThemeRight);
	}

	/** Accuracy per language of the labels, in name order. */
	public Map<String, Double> accuracyByLanguage() {
		Map<String, List<Result>> byLanguage = new TreeMap<>();
		this.results.forEach((result) -> byLanguage.computeIfAbsent(result.post().language(), (key) -> new ArrayList<>())
			.add(result));
		Map<String, Double> accuracy = new LinkedHashMap<>();
		byLanguage.forEach((language, results) -> accuracy.put(language, share(results, Result::right)));
		return accuracy;
	}

	/** Of the posts given the theme, the share that are right; 1 when none is given it. */
	public double precision(String themeId) {
		long given = this.results.stream().filter((result) -> given(result, themeId)).count();
		return (given == 0) ? 1 : (double) truePositives(themeId) / given;
	}

	/** Of the posts labelled with the theme, the share found (or filed, rightly, under their second theme). */
	public double recall(String themeId) {
		long labelled = this.results.stream().filter((result) -> result.post().theme().equals(themeId)).count();
		long missed = this.results.stream()
			.filter((result) -> result.post().theme().equals(themeId) && !result.right())
			.count();
		return (labelled == 0) ? 1 : (double) (labelled - missed) / labelled;
	}

	private long truePositives(String themeId) {
		return this.results.stream().filter((result) -> given(result, themeId) && result.right()).count();
	}

	private static boolean given(Result result, String themeId) {
		return result.classification().theme().id().equals(themeId);
	}

	/** Labelled theme id, then theme id given, to the number of posts. */
	public Map<String, Map<String, Integer>> confusion() {
		Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
		for (String labelled : this.themeIds) {
			Map<String, Integer> row = new LinkedHashMap<>();
			this.themeIds.forEach((given) -> row.put(given, 0));
			matrix.put(labelled, row);
		}
		this.results.forEach((result) -> matrix.get(result.post().theme())
			.merge(result.classification().theme().id(), 1, Integer::sum));
		return matrix;
	}

	/** Prints the figures, the confusion matrix and every misfiled post with what decided it. */
	public void print(String what, PrintStream out) {
		int total = this.results.size();
		out.printf(Locale.ROOT, "Evaluated %d labelled post(s) of %s%n", total, what);
		out.printf(Locale.ROOT, "Right, an acceptable second theme counting: %s (%d of %d)%n", percent(accuracy()),
				this.results.stream().filter(Result::right).count(), total);
		out.printf(Locale.ROOT, "Right, main theme only: %s%n", percent(mainThemeAccuracy()));
		accuracyByLanguage().forEach((language, accuracy) -> out.printf(Locale.ROOT, "  %s: %s of %d%n", language,
				percent(accuracy), this.results.stream().filter((result) -> result.post().language().equals(language)).count()));
		out.printf(Locale.ROOT, "%n%-28s %9s %7s %6s%n", "theme", "precision", "recall", "posts");
		for (String id : this.themeIds) {
			long labelled = this.results.stream().filter((result) -> result.post().theme().equals(id)).count();
			out.printf(Locale.ROOT, "%-28s %9s %7s %6d%n", id, percent(precision(id)), percent(recall(id)), labelled);
		}
		out.printf(Locale.ROOT, "%nConfusion matrix (rows: the theme labelled; columns: the theme given, in the order of the rows)%n");
		confusion().forEach((labelled, row) -> {
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", labelled));
			row.values().forEach((count) -> line.append(String.format(Locale.ROOT, " %5d", count)));
			out.println(line);
		});
		List<Result> misfiled = this.results.stream().filter((result) -> !result.right()).toList();
		out.printf(Locale.ROOT, "%nMisfiled posts (%d): labelled -> given, score, what decided it%n", misfiled.size());
		for (Result result : misfiled) {
			Classification classification = result.classification();
			out.printf(Locale.ROOT, "  %s [%s] %s -> %s (%.2f): %s | %s%n", result.post().id(), result.post().language(),
					result.post().theme(), classification.theme().id(), classification.score(),
					decidedBy(classification),
					shortened(result.post().title()));
		}
	}

	/**
	 * The terms and learned words of the given theme; for an unclassified post, the theme that
	 * came closest and its score, which tells an owner whether terms are missing or too weak.
	 */
	private static String decidedBy(Classification classification) {
		if (!classification.matchedTerms().isEmpty()) {
			return String.join(", ", classification.matchedTerms());
		}
		Theme closest = null;
		double best = 0;
		for (Map.Entry<Theme, Double> score : classification.scores().entrySet()) {
			if (score.getValue() > best) {
				closest = score.getKey();
				best = score.getValue();
			}
		}
		return (closest == null) ? "nothing matched"
				: String.format(Locale.ROOT, "nothing matched enough, closest %s (%.2f)", closest.id(), best);
	}

	private static String shortened(String title) {
		String oneLine = title.replaceAll("\\s+", " ").strip();
		return (oneLine.length() <= 70) ? oneLine : oneLine.substring(0, 69) + "…";
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}

	private static double share(List<Result> results, java.util.function.Predicate<Result> test) {
		return results.isEmpty() ? 0 : (double) results.stream().filter(test).count() / results.size();
	}

}
