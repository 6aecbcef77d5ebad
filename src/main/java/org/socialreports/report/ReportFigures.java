package org.socialreports.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.Theme;

/**
 * The figures every report shows, computed once from the aggregate rows so that the workbook
 * and the PDF can never disagree.
 */
public final class ReportFigures {

	private final Map<Theme, Long> postsByTheme = new EnumMap<>(Theme.class);

	private final Map<YearMonth, Map<Theme, Long>> postsByMonthAndTheme = new TreeMap<>();

	private final Map<String, Map<YearMonth, Long>> postsByAuthorAndMonth = new TreeMap<>();

	private final Map<String, Map<Theme, Long>> postsByAuthorAndTheme = new TreeMap<>();

	private final Map<String, Map<YearMonth, Map<Theme, Long>>> postsByAuthorMonthAndTheme = new TreeMap<>();

	private long totalPosts;

	private long totalWords;

	private ReportFigures() {
		for (Theme theme : Theme.values()) {
			this.postsByTheme.put(theme, 0L);
		}
	}

	public static ReportFigures of(List<AuthorMonthTheme> rows) {
		ReportFigures figures = new ReportFigures();
		rows.forEach(figures::add);
		figures.fillMissingMonths();
		return figures;
	}

	private void add(AuthorMonthTheme row) {
		this.totalPosts += row.posts();
		this.totalWords += row.words();
		this.postsByTheme.merge(row.theme(), row.posts(), Long::sum);
		this.postsByMonthAndTheme.computeIfAbsent(row.month(), (month) -> emptyThemeCounts())
			.merge(row.theme(), row.posts(), Long::sum);
		this.postsByAuthorAndMonth.computeIfAbsent(row.author(), (author) -> new TreeMap<>())
			.merge(row.month(), row.posts(), Long::sum);
		this.postsByAuthorAndTheme.computeIfAbsent(row.author(), (author) -> emptyThemeCounts())
			.merge(row.theme(), row.posts(), Long::sum);
		this.postsByAuthorMonthAndTheme.computeIfAbsent(row.author(), (author) -> new TreeMap<>())
			.computeIfAbsent(row.month(), (month) -> emptyThemeCounts())
			.merge(row.theme(), row.posts(), Long::sum);
	}

	// A month without posts is still a month of the period: trends must show it as zero, not skip it.
	private void fillMissingMonths() {
		if (this.postsByMonthAndTheme.isEmpty()) {
			return;
		}
		YearMonth last = lastMonth().orElseThrow();
		for (YearMonth month = firstMonth().orElseThrow(); !month.isAfter(last); month = month.plusMonths(1)) {
			this.postsByMonthAndTheme.computeIfAbsent(month, (empty) -> emptyThemeCounts());
		}
	}

	private static Map<Theme, Long> emptyThemeCounts() {
		Map<Theme, Long> counts = new EnumMap<>(Theme.class);
		for (Theme theme : Theme.values()) {
			counts.put(theme, 0L);
		}
		return counts;
	}

	public long totalPosts() {
		return this.totalPosts;
	}

	public long totalWords() {
		return this.totalWords;
	}

	/** Authors in alphabetical order. */
	public List<String> authors() {
		return List.copyOf(this.postsByAuthorAndMonth.keySet());
	}

	/** Every month from the first to the last, in calendar order, including empty ones. */
	public List<YearMonth> months() {
		return List.copyOf(this.postsByMonthAndTheme.keySet());
	}

	public Optional<YearMonth> firstMonth() {
		return this.postsByMonthAndTheme.isEmpty() ? Optional.empty()
				: Optional.of(((TreeMap<YearMonth, Map<Theme, Long>>) this.postsByMonthAndTheme).firstKey());
	}

	public Optional<YearMonth> lastMonth() {
		return this.postsByMonthAndTheme.isEmpty() ? Optional.empty()
				: Optional.of(((TreeMap<YearMonth, Map<Theme, Long>>) this.postsByMonthAndTheme).lastKey());
	}

	/** Posts per primary theme, every theme present, in {@link Theme} order. */
	public Map<Theme, Long> postsByTheme() {
		return new EnumMap<>(this.postsByTheme);
	}

	/** The share of all posts whose primary theme is the given one, from 0 to 1. */
	public double share(Theme theme) {
		return (this.totalPosts == 0) ? 0 : (double) this.postsByTheme.get(theme) / this.totalPosts;
	}

	public long posts(YearMonth month, Theme theme) {
		return this.postsByMonthAndTheme.getOrDefault(month, Map.of()).getOrDefault(theme, 0L);
	}

	public long posts(YearMonth month) {
		return this.postsByMonthAndTheme.getOrDefault(month, Map.of()).values().stream().mapToLong(Long::longValue).sum();
	}

	/** The months of the period as a summary shows them (see {@link MonthSpan#of}). */
	public List<MonthSpan> spans() {
		return this.postsByMonthAndTheme.isEmpty() ? List.of()
				: MonthSpan.of(firstMonth().orElseThrow(), lastMonth().orElseThrow());
	}

	/** The months of the period a calendar year at a time. */
	public List<MonthSpan> years() {
		return this.postsByMonthAndTheme.isEmpty() ? List.of()
				: MonthSpan.years(firstMonth().orElseThrow(), lastMonth().orElseThrow());
	}

	public long posts(MonthSpan span, Theme theme) {
		long posts = 0;
		for (YearMonth month = span.first(); !month.isAfter(span.last()); month = month.plusMonths(1)) {
			posts += posts(month, theme);
		}
		return posts;
	}

	public long posts(MonthSpan span) {
		long posts = 0;
		for (YearMonth month = span.first(); !month.isAfter(span.last()); month = month.plusMonths(1)) {
			posts += posts(month);
		}
		return posts;
	}

	public long posts(String author, YearMonth month) {
		return this.postsByAuthorAndMonth.getOrDefault(author, Map.of()).getOrDefault(month, 0L);
	}

	/** The months in which the author wrote, in calendar order. */
	public List<YearMonth> monthsOf(String author) {
		return List.copyOf(this.postsByAuthorMonthAndTheme.getOrDefault(author, Map.of()).keySet());
	}

	public long posts(String author, YearMonth month, Theme theme) {
		return this.postsByAuthorMonthAndTheme.getOrDefault(author, Map.of())
			.getOrDefault(month, Map.of())
			.getOrDefault(theme, 0L);
	}

	public long posts(String author, Theme theme) {
		return this.postsByAuthorAndTheme.getOrDefault(author, Map.of()).getOrDefault(theme, 0L);
	}

	public long postsOf(String author) {
		return this.postsByAuthorAndMonth.getOrDefault(author, Map.of()).values().stream().mapToLong(Long::longValue).sum();
	}

	/** The theme an author writes most about; ties go to the theme listed first. */
	public Theme mainThemeOf(String author) {
		Map<Theme, Long> counts = this.postsByAuthorAndTheme.getOrDefault(author, emptyThemeCounts());
		return mostFrequent(counts).orElse(Theme.UNCLASSIFIED);
	}

	/** The theme with the most posts, classified themes first on a tie. */
	public Optional<Theme> leadingTheme() {
		return (this.totalPosts == 0) ? Optional.empty() : mostFrequent(this.postsByTheme);
	}

	public Optional<String> mostActiveAuthor() {
		return this.postsByAuthorAndMonth.keySet()
			.stream()
			.max(Comparator.comparingLong(this::postsOf).thenComparing(Comparator.<String>reverseOrder()));
	}

	/**
	 * For the latest month, its posts per theme against the month before (zero when the period
	 * has a single month), every theme present in {@link Theme} order.
	 */
	public List<MonthChange> latestMonthChanges() {
		List<MonthChange> changes = new ArrayList<>();
		lastMonth().ifPresent((latest) -> {
			YearMonth previous = latest.minusMonths(1);
			for (Theme theme : Theme.values()) {
				changes.add(new MonthChange(theme, previous, posts(previous, theme), latest, posts(latest, theme)));
			}
		});
		return changes;
	}

	private static Optional<Theme> mostFrequent(Map<Theme, Long> counts) {
		Theme best = null;
		for (Theme theme : Theme.values()) {
			long count = counts.getOrDefault(theme, 0L);
			if (count > 0 && (best == null || count > counts.get(best))) {
				best = theme;
			}
		}
		return Optional.ofNullable(best);
	}

	/** How a theme moved from one month to the next. */
	public record MonthChange(Theme theme, YearMonth previousMonth, long previous, YearMonth latestMonth, long latest) {

		public long difference() {
			return this.latest - this.previous;
		}

	}

}
