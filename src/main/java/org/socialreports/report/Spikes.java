package org.socialreports.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.socialreports.classify.Theme;

/**
 * The rule that calls a theme's month a spike, documented in docs/outputs.md ("What changed,
 * said first"): in the latest month of the period, a real theme (not the unclassified posts)
 * with at least {@link #MIN_POSTS} posts and more than {@link #MIN_RATIO} times its usual level, the average of the
 * {@link ThemeTrend#AVERAGED_MONTHS} months before (those of the period, at least
 * {@link #MIN_MONTHS_AVERAGED} of them, so that a theme's first weeks are not taken for a
 * surge). A theme without a post in the months before has a usual level of nothing: five posts
 * of it are a spike. Computed from the aggregates alone.
 */
public final class Spikes {

	public static final int MIN_POSTS = 5;

	public static final double MIN_RATIO = 2;

	public static final int MIN_MONTHS_AVERAGED = 3;

	private Spikes() {
	}

	/** The spikes of the latest month, the largest rise first. */
	public static List<Spike> of(ReportFigures figures) {
		List<Spike> spikes = new ArrayList<>();
		for (ThemeTrend trend : figures.trends()) {
			if (isSpike(trend)) {
				spikes.add(new Spike(trend, authors(figures, trend.theme(), trend.month())));
			}
		}
		spikes.sort(Comparator.comparingLong((Spike spike) -> spike.trend().latest()
				- Math.round(spike.trend().average())).reversed());
		return spikes;
	}

	public static boolean isSpike(ThemeTrend trend) {
		return !trend.theme().isUnclassified() && trend.monthsAveraged() >= MIN_MONTHS_AVERAGED
				&& trend.latest() >= MIN_POSTS && trend.latest() > MIN_RATIO * trend.average();
	}

	private static List<Spike.AuthorPosts> authors(ReportFigures figures, Theme theme, YearMonth month) {
		List<Spike.AuthorPosts> authors = new ArrayList<>();
		for (String author : figures.authors()) {
			long posts = figures.posts(author, month, theme);
			if (posts > 0) {
				authors.add(new Spike.AuthorPosts(author, posts));
			}
		}
		authors.sort(Comparator.comparingLong(Spike.AuthorPosts::posts).reversed());
		return authors;
	}

}
