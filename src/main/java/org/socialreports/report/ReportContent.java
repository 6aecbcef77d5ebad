package org.socialreports.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.TaxonomyReview;
import org.socialreports.classify.Theme;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.Reject;

/**
 * Everything a report writer needs, gathered once per run. The writers start while the posts
 * are still being read: {@link #posts()} follows them as they come, and {@link #postFigures()}
 * (the top posts, engagement, posts per file) waits until the last one has been read.
 *
 * @param locale the report language
 * @param runDate the day of the run, as in the output folder's name
 * @param themes the taxonomy's themes, in its order, which the reports list and chart
 * @param aggregates the rows of {@code aggregates.csv}, ordered by author, month and theme
 * @param postFiguresOnceRead what the posts tell beyond the aggregates, known once every post
 * has been read
 * @param rejects what could not be read, in source and line order
 * @param posts every post, streamed
 * @param review what the last run that read posts suggests to the taxonomy's owner
 */
public record ReportContent(Locale locale, LocalDate runDate, Themes themes, List<AuthorMonthTheme> aggregates,
		Future<PostFigures> postFiguresOnceRead, List<Reject> rejects, PostRows posts, TaxonomyReview review) {

	public ReportContent {
		aggregates = List.copyOf(aggregates);
		rejects = List.copyOf(rejects);
	}

	/** The content without a taxonomy review. */
	public ReportContent(Locale locale, LocalDate runDate, Themes themes, List<AuthorMonthTheme> aggregates,
			Future<PostFigures> postFiguresOnceRead, List<Reject> rejects, PostRows posts) {
		this(locale, runDate, themes, aggregates, postFiguresOnceRead, rejects, posts, TaxonomyReview.NONE);
	}

	/** The content of posts read already, whose figures are known. */
	public ReportContent(Locale locale, LocalDate runDate, Themes themes, List<AuthorMonthTheme> aggregates,
			PostFigures postFigures, List<Reject> rejects, PostRows posts) {
		this(locale, runDate, themes, aggregates, CompletableFuture.completedFuture(postFigures), rejects, posts);
	}

	/** The content of posts read already, of which only each theme's best are known. */
	public ReportContent(Locale locale, LocalDate runDate, Themes themes, List<AuthorMonthTheme> aggregates,
			Map<Theme, List<ClassifiedPost>> topPosts, List<Reject> rejects, PostRows posts) {
		this(locale, runDate, themes, aggregates, PostFigures.ofTopPosts(Map.copyOf(topPosts)), rejects, posts);
	}

	/**
	 * The input files of the report, in name order: those whose posts it covers and those that
	 * gave rejects. Known once every post has been read: the posts tell which files they come
	 * from as they go by, where asking the database file after file took minutes at a million posts.
	 */
	public List<String> sources() {
		SortedSet<String> sources = new TreeSet<>(postFigures().postsBySource().keySet());
		this.rejects.forEach((reject) -> sources.add(reject.source()));
		return List.copyOf(sources);
	}

	/** The files that gave no post of the report, only rejects. */
	public Set<String> silentSources() {
		Set<String> silent = new TreeSet<>();
		Map<String, Long> posts = postFigures().postsBySource();
		this.rejects.forEach((reject) -> {
			if (!posts.containsKey(reject.source())) {
				silent.add(reject.source());
			}
		});
		return silent;
	}

	/**
	 * What the posts tell beyond the aggregates; waits for the last post to be read.
	 * @throws IllegalStateException if the posts could not be read
	 */
	public PostFigures postFigures() {
		try {
			return this.postFiguresOnceRead.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the posts to be read", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("the posts could not be read: " + ex.getCause(), ex.getCause());
		}
	}

	/** Per theme, its highest-scoring posts, best first; waits for the last post to be read. */
	public Map<Theme, List<ClassifiedPost>> topPosts() {
		return postFigures().topByScore();
	}

	/**
	 * The same content, whose posts are read through {@code reader}; waiting for the post
	 * figures closes it (see {@link PostRelay.Reader#closedBeforeWaitingFor}).
	 */
	public ReportContent withPosts(PostRelay.Reader reader) {
		return new ReportContent(this.locale, this.runDate, this.themes, this.aggregates,
				reader.closedBeforeWaitingFor(this.postFiguresOnceRead), this.rejects, reader, this.review);
	}

	/** The same content, with {@code review} as its taxonomy review. */
	public ReportContent withReview(TaxonomyReview review) {
		return new ReportContent(this.locale, this.runDate, this.themes, this.aggregates, this.postFiguresOnceRead,
				this.rejects, this.posts, review);
	}

	public ReportFigures figures() {
		return ReportFigures.of(this.aggregates, this.themes);
	}

	public ReportMessages messages(String bundle) {
		return new ReportMessages(bundle, this.locale);
	}

}
