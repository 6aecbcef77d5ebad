package org.socialreports.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Future;

import org.socialreports.aggregate.AuthorMonthThemeRepository;
import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.TaxonomyReviewStore;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.RejectStore;

/**
 * Gathers what the reports of one input folder show, from what each stage keeps: the figures
 * of the aggregate stage, the posts and the taxonomy review of the classify stage, the rejects
 * of the ingest stage.
 */
public class ReportContentRepository {

	static final int TOP_POSTS_PER_THEME = 5;

	private final StoredPosts posts;

	private final AuthorMonthThemeRepository aggregates;

	private final RejectStore rejects;

	private final TaxonomyReviewStore reviews;

	private final Themes themes;

	public ReportContentRepository(StoredPosts posts, AuthorMonthThemeRepository aggregates, RejectStore rejects,
			TaxonomyReviewStore reviews, Themes themes) {
		this.posts = posts;
		this.reviews = reviews;
		this.aggregates = aggregates;
		this.rejects = rejects;
		this.themes = themes;
	}

	/**
	 * What the reports show. The posts come later, as {@link #readPosts} hands them over to
	 * {@code posts}, and with them each theme's best, into {@code topPosts}.
	 */
	public ReportContent load(InputFolder folder, Locale locale, LocalDate runDate, MonthRange months,
			Future<PostFigures> postFigures, PostRows posts) {
		return new ReportContent(locale, runDate, this.themes,
				this.aggregates.findBetween(folder, months.lowest(), months.highest()), postFigures,
				this.rejects.findAll(folder), posts, this.reviews.latest(folder));
	}

	/**
	 * Reads every post of the folder once, in date order, into {@code relay}; gives what they
	 * tell beyond the aggregates (see {@link PostTally}).
	 * @param latestMonth the period's latest month, or {@code null} when it has none
	 */
	public PostFigures readPosts(InputFolder folder, MonthRange months, YearMonth latestMonth, PostRelay relay) {
		PostTally tally = new PostTally(TOP_POSTS_PER_THEME, this.themes, latestMonth);
		relay.fill((action) -> this.posts.forEachInDateOrder(folder, months.from(), months.to(), action), tally::offer);
		return tally.figures();
	}

}
