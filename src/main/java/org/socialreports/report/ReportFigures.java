package org.socialreports.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.Theme;
import org.socialreports.classify.Themes;

/**
 * The figures every report shows, computed once from the aggregate rows so that the workbook
 * and the PDF can never disagree.
 */
public final class ReportFigures {

	private final Themes themes;

	private final Map<Theme, Long> postsByTheme = new LinkedHashMap<>();

	private final List<Theme> formerThemes = new ArrayList<>();

	private final Map<YearMonth, Map<Theme, Long>> postsByMonthAndTheme = new TreeMap<>();

	private final Map<String, Map<YearMonth, Long>> postsByAuthorAndMonth = new TreeMap<>();

	private final Map<String, Map<Theme, Long>> postsByAuthorAndTheme = new TreeMap<>();

	private final Map<String, Map<YearMonth, Map<Theme, Long>>> postsByAuthorMonthAndTheme = new TreeMap<>();

	private long totalPosts;

	private long totalWords;

	private ReportFigures(Themes themes) {
		this.themes = themes;
		for (Theme theme : themes.all()) {
			this.postsByTheme.put(theme, 0L);
		}
	}

	/** @param themes the taxonomy's themes: every one is listed, with posts or not */
	public static ReportFigures of(List<AuthorMonthTheme> rows, Themes themes) {
		ReportFigures figures = new ReportFigures(themes);
		rows.forEach(figures::add);
		figures.fillMissingMonths();
		return figures;
	}

	private void add(AuthorMonthTheme row) {
		if (!this.postsByTheme.containsKey(row.theme())) {
			// stored before the taxonomy dropped it: shown as it is, so that the totals add up
			this.formerThemes.add(row.theme());
		}
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

	private Map<Theme, Long> emptyThemeCounts() {
		Map<Theme, Long> counts = new LinkedHashMap<>();
		for (Theme theme : themes()) {
			counts.put(theme, 0L);
		}
		return counts;
	}

	/**
	 * The taxonomy's themes, any that stored posts have and the taxonomy no longer defines,
	 * then the unclassified posts' theme: the order every report lists them in.
	 */
	public List<Theme> themes() {
		List<Theme> themes = scoredThemes();
		themes.add(Theme.UNCLASSIFIED);
		return themes;
	}

	/** As {@link #themes()}, without the unclassified posts' theme. */
	public List<Theme> scoredThemes() {
		List<Theme> themes = new ArrayList<>(this.themes.scored());
		themes.addAll(this.formerThemes);
		return themes;
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

	/** Posts per primary theme, every theme present, in {@link #themes()} order. */
	public Map<Theme, Long> postsByTheme() {
		return new LinkedHashMap<>(this.postsByTheme);
	}

	/** The share of all posts whose primary theme is the given one, from 0 to 1. */
	public double share(Theme theme) {
		return (this.totalPosts == 0) ? 0 : (double) this.postsByTheme.getOrDefault(theme, 0L) / this.totalPosts;
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

	/** The real theme with the most posts: the unclassified posts are a figure of their own. */
	public Optional<Theme> leadingTheme() {
		Theme best = null;
		for (Theme theme : scoredThemes()) {
			long count = this.postsByTheme.getOrDefault(theme, 0L);
			if (count > 0 && (best == null || count > this.postsByTheme.get(best))) {
				best = theme;
			}
		}
		return Optional.ofNullable(best);
	}

	public Optional<String> mostActiveAuthor() {
		return this.postsByAuthorAndMonth.keySet()
			.stream()
			.max(Comparator.comparingLong(this::postsOf).thenComparing(Comparator.<String>reverseOrder()));
	}

	/**
	 * For the latest month, each theme's posts against the month before and against its usual
	 * level (see {@link ThemeTrend}), every theme present in {@link #themes()} order; none when
	 * there is no post.
	 */
	public List<ThemeTrend> trends() {
		List<ThemeTrend> trends = new ArrayList<>();
		lastMonth().ifPresent((latest) -> {
			YearMonth first = firstMonth().orElseThrow();
			for (Theme theme : themes()) {
				long before = 0;
				int months = 0;
				for (int back = 1; back <= ThemeTrend.AVERAGED_MONTHS; back++) {
					YearMonth month = latest.minusMonths(back);
					if (month.isBefore(first)) {
						break;
					}
					before += posts(month, theme);
					months++;
				}
				trends.add(new ThemeTrend(theme, latest, posts(latest, theme), posts(latest.minusMonths(1), theme),
						(months == 0) ? 0 : (double) before / months, months));
			}
		});
		return trends;
	}

	/** The posts of the latest month, all themes together, as a trend of its own (its theme is null). */
	public ThemeTrend overallTrend() {
		YearMonth latest = lastMonth().orElseThrow();
		long latestPosts = posts(latest);
		long before = 0;
		int months = 0;
		for (int back = 1; back <= ThemeTrend.AVERAGED_MONTHS; back++) {
			YearMonth month = latest.minusMonths(back);
			if (month.isBefore(firstMonth().orElseThrow())) {
				break;
			}
			before += posts(month);
			months++;
		}
		return new ThemeTrend(null, latest, latestPosts, posts(latest.minusMonths(1)),
				(months == 0) ? 0 : (double) before / months, months);
	}

	/** The spikes of the latest month (see {@link Spikes}). */
	public List<Spike> spikes() {
		return Spikes.of(this);
	}

	/** The posts that match no theme well enough: a figure of their own, beside the leading real theme. */
	public long unclassifiedPosts() {
		return this.postsByTheme.getOrDefault(Theme.UNCLASSIFIED, 0L);
	}

	private Optional<Theme> mostFrequent(Map<Theme, Long> counts) {
		Theme best = null;
		for (Theme theme : themes()) {
			long count = counts.getOrDefault(theme, 0L);
			if (count > 0 && (best == null || count > counts.get(best))) {
				best = theme;
			}
		}
		return Optional.ofNullable(best);
	}

}
