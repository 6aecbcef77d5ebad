package org.socialreports.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;

/**
 * Gathers {@link PostFigures} while every post goes by once, beside the reading that feeds the
 * workbook and {@code posts.csv}: a few additions and comparisons a post, and only the best few
 * posts kept, so that a million posts cost no second reading and no memory to speak of. Themes
 * are looked up by id, whose hash a string keeps.
 */
public final class PostTally {

	/** The posts that drew the most, whatever their theme. */
	static final int MOST_ENGAGING = 10;

	/** Most engagement first, then as {@link TopPosts#BEST_FIRST}. */
	static final Comparator<ClassifiedPost> MOST_ENGAGING_FIRST = Comparator
		.comparingLong((ClassifiedPost post) -> post.engagement().total())
		.reversed()
		.thenComparing(TopPosts.BEST_FIRST);

	/** posts, counted, likes, reposts, replies, and the posts that count likes, reposts, replies */
	private static final int TOTALS = 8;

	private final Themes themes;

	private final TopPosts byScore;

	private final int perTheme;

	private final Map<String, PriorityQueue<ClassifiedPost>> byEngagement = new HashMap<>();

	private final PriorityQueue<ClassifiedPost> mostEngaging = new PriorityQueue<>(MOST_ENGAGING + 1,
			MOST_ENGAGING_FIRST.reversed());

	private final Map<String, long[]> themeTotals = new HashMap<>();

	private final Map<Network, long[]> networkTotals = new EnumMap<>(Network.class);

	private final Map<String, long[]> authorTotals = new HashMap<>();

	private final Map<String, long[]> sources = new HashMap<>();

	private final Map<String, ClassifiedPost> latestMonthLeaders = new HashMap<>();

	private final int latestYear;

	private final int latestMonth;

	/**
	 * @param perTheme the posts kept per theme, by score and by engagement
	 * @param latestMonth the period's latest month, whose best post per theme is kept; or
	 * {@code null} when there is none
	 */
	public PostTally(int perTheme, Themes themes, YearMonth latestMonth) {
		this.themes = themes;
		this.perTheme = perTheme;
		this.byScore = new TopPosts(perTheme, themes);
		this.latestYear = (latestMonth != null) ? latestMonth.getYear() : 0;
		this.latestMonth = (latestMonth != null) ? latestMonth.getMonthValue() : 0;
	}

	public void offer(ClassifiedPost post) {
		this.byScore.offer(post);
		String theme = post.classification().theme().id();
		count(this.sources, post.source())[0]++;
		Engagement engagement = post.engagement();
		boolean known = engagement.isKnown();
		add(this.networkTotals.computeIfAbsent(post.origin().network(), (network) -> new long[TOTALS]), engagement,
				known);
		add(count(this.themeTotals, theme), engagement, known);
		if (known) {
			add(count(this.authorTotals, post.author()), engagement, true);
			keep(this.mostEngaging, post, MOST_ENGAGING);
			if (!post.classification().theme().isUnclassified()) {
				keep(this.byEngagement.computeIfAbsent(theme,
						(id) -> new PriorityQueue<>(this.perTheme + 1, MOST_ENGAGING_FIRST.reversed())), post,
						this.perTheme);
			}
		}
		LocalDate date = post.date();
		if (date.getMonthValue() == this.latestMonth && date.getYear() == this.latestYear) {
			this.latestMonthLeaders.merge(theme, post,
					(kept, other) -> (TopPosts.BEST_FIRST.compare(other, kept) < 0) ? other : kept);
		}
	}

	private static long[] count(Map<String, long[]> totals, String key) {
		long[] counts = totals.get(key);
		if (counts == null) {
			counts = new long[TOTALS];
			totals.put(key, counts);
		}
		return counts;
	}

	/** Counts the post in {@code totals}: posts, counted, likes, reposts, replies, and the posts that count each. */
	private static void add(long[] totals, Engagement engagement, boolean known) {
		totals[0]++;
		if (known) {
			totals[1]++;
			add(totals, 2, engagement.likes());
			add(totals, 3, engagement.reposts());
			add(totals, 4, engagement.replies());
		}
	}

	private static void add(long[] totals, int index, Long count) {
		if (count != null) {
			totals[index] += count;
			totals[index + 3]++;
		}
	}

	private static void keep(PriorityQueue<ClassifiedPost> queue, ClassifiedPost post, int size) {
		queue.add(post);
		if (queue.size() > size) {
			queue.poll();
		}
	}

	public PostFigures figures() {
		Map<Theme, List<ClassifiedPost>> topByEngagement = new LinkedHashMap<>();
		Map<Theme, EngagementTotals> byTheme = new LinkedHashMap<>();
		for (Theme theme : this.themes.all()) {
			byTheme.put(theme, totals(this.themeTotals.get(theme.id())));
			if (!theme.isUnclassified()) {
				topByEngagement.put(theme, sorted(this.byEngagement.get(theme.id())));
			}
		}
		// themes that stored posts have and the taxonomy no longer defines
		this.themeTotals.forEach((id, counts) -> byTheme.putIfAbsent(this.themes.fromId(id), totals(counts)));
		Map<Network, EngagementTotals> byNetwork = new EnumMap<>(Network.class);
		this.networkTotals.forEach((network, counts) -> byNetwork.put(network, totals(counts)));
		Map<String, EngagementTotals> byAuthor = new TreeMap<>();
		this.authorTotals.forEach((author, counts) -> byAuthor.put(author, totals(counts)));
		Map<String, Long> postsBySource = new TreeMap<>();
		this.sources.forEach((source, counts) -> postsBySource.put(source, counts[0]));
		Map<Theme, ClassifiedPost> leaders = new LinkedHashMap<>();
		this.latestMonthLeaders.forEach((id, post) -> leaders.put(this.themes.fromId(id), post));
		return new PostFigures(this.byScore.best(), topByEngagement, sorted(this.mostEngaging), byTheme, byNetwork,
				byAuthor, postsBySource, leaders);
	}

	private static EngagementTotals totals(long[] counts) {
		return (counts == null) ? EngagementTotals.NONE
				: new EngagementTotals(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
						counts[7]);
	}

	private static List<ClassifiedPost> sorted(PriorityQueue<ClassifiedPost> queue) {
		if (queue == null) {
			return List.of();
		}
		List<ClassifiedPost> posts = new ArrayList<>(queue);
		posts.sort(MOST_ENGAGING_FIRST);
		return List.copyOf(posts);
	}

}
