package org.socialreports.classify;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialreports.ingest.InputFolder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@link TaxonomyReview} of each input folder: what the partitions of its last run
 * that read posts (a restarted run is the same run) gathered (see {@link ReviewCollector}), added up. The classify stage owns
 * these tables; the reports read the review through {@link #latest}.
 */
public class TaxonomyReviewStore {

	static final int WORDS_PER_THEME = 12;

	static final int UNCLASSIFIED_WORDS = 25;

	/** A word of fewer sampled posts than this is chance, not a theme's vocabulary. */
	static final int MIN_POSTS = 3;

	/** A word in more of all the sampled posts than this share is everybody's, not a theme's. */
	static final double COMMON_SHARE = 0.5;

	private static final int TITLE_LENGTH = 4000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Themes themes;

	public TaxonomyReviewStore(JdbcTemplate jdbc, TransactionTemplate transaction, Themes themes) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.themes = themes;
	}

	/**
	 * Adds what a partition drained to the review of its run, which replaces the review of any
	 * earlier run once it has something.
	 * @param drain which drain of the run this is (the partition's step execution)
	 */
	void save(InputFolder folder, long run, long drain, LocalDate day, ReviewCollector.Drained drained) {
		if (drained.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			for (String table : new String[] { "review_sample", "review_word", "review_close_call" }) {
				this.jdbc.update("DELETE FROM " + table + " WHERE folder = ? AND run <> ?", folder.id(), run);
			}
			List<Object[]> samples = new ArrayList<>();
			drained.sampled().forEach((theme, posts) -> samples
				.add(new Object[] { folder.id(), run, drain, Date.valueOf(day), theme.id(), posts }));
			this.jdbc.batchUpdate("INSERT INTO review_sample (folder, run, drain, run_day, theme, posts)"
					+ " VALUES (?, ?, ?, ?, ?, ?)", samples);
			List<Object[]> words = new ArrayList<>();
			drained.words().forEach((theme, kept) -> kept.forEach((word) -> words.add(new Object[] { folder.id(), run,
					drain, theme.id(), word.analysed(), word.written(), word.posts() })));
			this.jdbc.batchUpdate("INSERT INTO review_word (folder, run, drain, theme, analysed, written, posts)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)", words);
			List<Object[]> calls = new ArrayList<>();
			drained.closeCalls().forEach((call) -> calls.add(new Object[] { folder.id(), run, drain, call.source(),
					call.entry(), truncate(call.title()), call.theme().id(), call.score(), call.second().id(),
					call.secondScore() }));
			this.jdbc.batchUpdate("INSERT INTO review_close_call (folder, run, drain, source, entry, title, theme, score,"
					+ " second_theme, second_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", calls);
		});
	}

	private static String truncate(String title) {
		return (title.length() <= TITLE_LENGTH) ? title : title.substring(0, TITLE_LENGTH);
	}

	/** The review of the folder's last run that read posts, or {@link TaxonomyReview#NONE}. */
	public TaxonomyReview latest(InputFolder folder) {
		List<LocalDate> days = this.jdbc.queryForList(
				"SELECT MAX(run_day) FROM review_sample WHERE folder = ?", LocalDate.class, folder.id());
		if (days.isEmpty() || days.get(0) == null) {
			return TaxonomyReview.NONE;
		}
		Map<Theme, Integer> sampled = new LinkedHashMap<>();
		this.jdbc.query("SELECT theme, SUM(posts) FROM review_sample WHERE folder = ? GROUP BY theme",
				(rs) -> {
					sampled.put(this.themes.fromId(rs.getString(1)), rs.getInt(2));
				}, folder.id());
		// per theme, per analysed word, its count and how a post wrote it
		Map<Theme, Map<String, Count>> counts = new HashMap<>();
		this.jdbc.query("SELECT theme, analysed, MIN(written), SUM(posts) FROM review_word WHERE folder = ?"
				+ " GROUP BY theme, analysed", (rs) -> {
					counts.computeIfAbsent(this.themes.fromId(rs.getString(1)), (key) -> new HashMap<>())
						.put(rs.getString(2), new Count(rs.getString(3), rs.getInt(4)));
				}, folder.id());
		int total = sampled.values().stream().mapToInt(Integer::intValue).sum();
		List<TaxonomyReview.Word> typical = new ArrayList<>();
		for (Theme theme : this.themes.scored()) {
			typical.addAll(words(theme, sampled, counts, total, WORDS_PER_THEME));
		}
		List<TaxonomyReview.Word> unclassified = words(Theme.UNCLASSIFIED, sampled, counts, total, UNCLASSIFIED_WORDS);
		return new TaxonomyReview(days.get(0), total, typical, unclassified, closeCalls(folder));
	}

	/**
	 * The theme's words, most typical first: those whose share of the theme's posts stands
	 * furthest above their share of the other posts, as a two-proportion z statistic measures
	 * it, so that a word of every post ("really", "c'est") ranks below a word of few posts that
	 * only this theme's have. A word in more than {@link #COMMON_SHARE} of all the sampled posts
	 * is left out: it says nothing of any theme.
	 */
	private static List<TaxonomyReview.Word> words(Theme theme, Map<Theme, Integer> sampled,
			Map<Theme, Map<String, Count>> counts, int total, int limit) {
		int inTheme = sampled.getOrDefault(theme, 0);
		int elsewhere = total - inTheme;
		if (inTheme == 0) {
			return List.of();
		}
		List<TaxonomyReview.Word> words = new ArrayList<>();
		Map<TaxonomyReview.Word, Double> typicality = new HashMap<>();
		counts.getOrDefault(theme, Map.of()).forEach((analysed, count) -> {
			if (count.posts() < MIN_POSTS) {
				return;
			}
			int other = 0;
			for (Map.Entry<Theme, Map<String, Count>> each : counts.entrySet()) {
				Count there = each.getKey().equals(theme) ? null : each.getValue().get(analysed);
				other += (there != null) ? there.posts() : 0;
			}
			if (count.posts() + other > COMMON_SHARE * total) {
				return;
			}
			TaxonomyReview.Word word = new TaxonomyReview.Word(theme, analysed, count.written(), count.posts(),
					(double) count.posts() / inTheme, (elsewhere == 0) ? 0 : (double) other / elsewhere);
			words.add(word);
			typicality.put(word, typicality(count.posts(), inTheme, other, elsewhere));
		});
		words.sort(Comparator.comparingDouble((TaxonomyReview.Word word) -> typicality.get(word))
			.reversed()
			.thenComparing(TaxonomyReview.Word::analysed));
		return List.copyOf(words.subList(0, Math.min(limit, words.size())));
	}

	/** How far the share of posts {@code here} stands above the share {@code there}, in standard errors. */
	static double typicality(int postsHere, int here, int postsThere, int there) {
		double shareHere = (double) postsHere / here;
		if (there == 0) {
			return shareHere;
		}
		double pooled = (double) (postsHere + postsThere) / (here + there);
		double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / here + 1.0 / there));
		return (error == 0) ? 0 : (shareHere - (double) postsThere / there) / error;
	}

	private List<TaxonomyReview.CloseCall> closeCalls(InputFolder folder) {
		List<TaxonomyReview.CloseCall> calls = new ArrayList<>(this.jdbc.query(
				"SELECT source, entry, title, theme, score, second_theme, second_score FROM review_close_call"
						+ " WHERE folder = ?",
				(rs, row) -> new TaxonomyReview.CloseCall(rs.getString(1), rs.getLong(2), rs.getString(3),
						this.themes.fromId(rs.getString(4)), rs.getDouble(5), this.themes.fromId(rs.getString(6)),
						rs.getDouble(7)),
				folder.id()));
		calls.sort(Comparator.comparingDouble(TaxonomyReview.CloseCall::closeness)
			.reversed()
			.thenComparing(TaxonomyReview.CloseCall::source)
			.thenComparingLong(TaxonomyReview.CloseCall::entry));
		// a partition restarted after a failure may have offered a post twice
		Map<String, TaxonomyReview.CloseCall> once = new LinkedHashMap<>();
		calls.forEach((call) -> once.putIfAbsent(call.source() + '\n' + call.entry(), call));
		return once.values().stream().limit(ReviewCollector.CLOSE_CALLS).toList();
	}

	private record Count(String written, int posts) {
	}

}
