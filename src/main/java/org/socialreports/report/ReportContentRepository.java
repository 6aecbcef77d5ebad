package org.socialreports.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.socialreports.aggregate.AuthorMonthThemeRepository;
import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.StagedLists;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Reject;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Gathers what the reports show from the staging and aggregate tables.
 */
public class ReportContentRepository {

	static final int TOP_POSTS_PER_THEME = 5;

	private static final String POST_COLUMNS = """
			source, line, title, author, post_date, theme, score, score_twitter_usage,
			score_social_network_security, score_corporate_blogging, score_crisis_communication, matched_terms,
			categories, words""";

	/**
	 * A month of at most this many posts is sorted here rather than by the database, whose
	 * comparisons of dates and padded strings took half the time of reading the posts; a
	 * larger month, held in memory, could outgrow the heap, so the database sorts it, on disk.
	 */
	private static final int MONTH_SORTED_IN_MEMORY = 20_000;

	/** Date, author, title, then the place in the archive; spelt out, a third faster than a chain. */
	private static final Comparator<ClassifiedPost> REPORT_ORDER = (one, other) -> {
		int order = one.date().compareTo(other.date());
		if (order == 0) {
			order = one.author().compareTo(other.author());
		}
		if (order == 0) {
			order = one.title().compareTo(other.title());
		}
		if (order == 0) {
			order = one.source().compareTo(other.source());
		}
		return (order != 0) ? order : Long.compare(one.line(), other.line());
	};

	private final JdbcTemplate jdbc;

	private final AuthorMonthThemeRepository aggregates;

	private final int monthSortedInMemory;

	public ReportContentRepository(JdbcTemplate jdbc, AuthorMonthThemeRepository aggregates) {
		this(jdbc, aggregates, MONTH_SORTED_IN_MEMORY);
	}

	/** @param monthSortedInMemory the posts of a month sorted here at most; tests lower it */
	ReportContentRepository(JdbcTemplate jdbc, AuthorMonthThemeRepository aggregates, int monthSortedInMemory) {
		this.jdbc = jdbc;
		this.aggregates = aggregates;
		this.monthSortedInMemory = monthSortedInMemory;
	}

	/**
	 * What the reports show. The posts come later, as {@link #readPosts} hands them over to
	 * {@code posts}, and with them each theme's best, into {@code topPosts}.
	 */
	public ReportContent load(Locale locale, LocalDate runDate, MonthRange months,
			Future<Map<Theme, List<ClassifiedPost>>> topPosts, PostRows posts) {
		return new ReportContent(locale, runDate, sources(),
				this.aggregates.findBetween(months.lowest(), months.highest()), topPosts, rejects(), posts);
	}

	/** Reads every post once, in report order, into {@code posts}; gives each theme's best. */
	public Map<Theme, List<ClassifiedPost>> readPosts(MonthRange months, PostRelay posts) {
		TopPosts best = new TopPosts(TOP_POSTS_PER_THEME);
		posts.fill((action) -> forEachPost(months, action), best::offer);
		return best.best();
	}

	/** The files that gave posts or rejects, found one by one on the keys of both tables. */
	private List<String> sources() {
		SortedSet<String> sources = new TreeSet<>();
		for (String table : new String[] { "staged_post", "rejected_entry" }) {
			String source = next(table, "");
			while (source != null) {
				sources.add(source);
				source = next(table, source);
			}
		}
		return List.copyOf(sources);
	}

	private String next(String table, String after) {
		List<String> next = this.jdbc.queryForList(
				"SELECT source FROM " + table + " WHERE source > ? ORDER BY source FETCH FIRST 1 ROWS ONLY", String.class,
				after);
		return next.isEmpty() ? null : next.get(0);
	}

	private List<Reject> rejects() {
		return this.jdbc.query("SELECT source, line, reason FROM rejected_entry ORDER BY source, line, reason",
				(rs, row) -> new Reject(rs.getString(1), rs.getLong(2), rs.getString(3)));
	}

	private void forEachPost(MonthRange months, Consumer<ClassifiedPost> action) {
		// the report order begins with the date, so month after month, each sorted on its own:
		// only one month's posts are ever sorted and held at a time, never a million of them
		forEachMonth(months, (month) -> {
			List<ClassifiedPost> posts = postsOf(month, "FETCH FIRST " + (this.monthSortedInMemory + 1) + " ROWS ONLY");
			if (posts.size() <= this.monthSortedInMemory) {
				posts.sort(REPORT_ORDER);
				posts.forEach(action);
			}
			else {
				postsOf(month, "ORDER BY post_date, author, title, source, line", action);
			}
		});
	}

	private List<ClassifiedPost> postsOf(String month, String clauses) {
		List<ClassifiedPost> posts = new ArrayList<>();
		postsOf(month, clauses, posts::add);
		return posts;
	}

	private void postsOf(String month, String clauses, Consumer<ClassifiedPost> action) {
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection
				.prepareStatement("SELECT " + POST_COLUMNS + " FROM staged_post WHERE post_month = ? " + clauses);
			statement.setString(1, month);
			statement.setFetchSize(1000);
			return statement;
		}, (RowCallbackHandler) (rs) -> action.accept(post(rs)));
	}

	/** Each month of the range that holds posts, in order, found one by one on the month index. */
	private void forEachMonth(MonthRange months, Consumer<String> action) {
		String month = firstMonth("post_month >= ?", months.lowest(), months);
		while (month != null) {
			action.accept(month);
			month = firstMonth("post_month > ?", month, months);
		}
	}

	private String firstMonth(String condition, String bound, MonthRange months) {
		List<String> first = this.jdbc.queryForList("SELECT post_month FROM staged_post WHERE " + condition
				+ " AND post_month <= ? ORDER BY post_month FETCH FIRST 1 ROWS ONLY", String.class, bound,
				months.highest());
		return first.isEmpty() ? null : first.get(0);
	}

	// by position, in the order of POST_COLUMNS: a column found by its name is looked up among
	// all of them, for each of the fourteen values of a million rows
	private static ClassifiedPost post(ResultSet rs) throws SQLException {
		Map<Theme, Double> scores = new EnumMap<>(Theme.class);
		scores.put(Theme.TWITTER_USAGE, rs.getDouble(8));
		scores.put(Theme.SOCIAL_NETWORK_SECURITY, rs.getDouble(9));
		scores.put(Theme.CORPORATE_BLOGGING, rs.getDouble(10));
		scores.put(Theme.CRISIS_COMMUNICATION, rs.getDouble(11));
		Classification classification = new Classification(Theme.fromId(rs.getString(6)), rs.getDouble(7), scores,
				StagedLists.split(rs.getString(12)));
		return new ClassifiedPost(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getInt(14), StagedLists.split(rs.getString(13)), classification);
	}

}
