package org.socialreports.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.Reject;

/**
 * Everything a report writer needs, gathered once per run. The writers start while the posts
 * are still being read: {@link #posts()} follows them as they come, and {@link #topPosts()}
 * waits until the last one has been read.
 *
 * @param locale the report language
 * @param runDate the day of the run, as in the output folder's name
 * @param themes the taxonomy's themes, in its order, which the reports list and chart
 * @param sources the input archives' names, relative to the input folder
 * @param aggregates the rows of {@code aggregates.csv}, ordered by author, month and theme
 * @param topPostsOnceRead per theme, its highest-scoring posts, best first, known once every post
 * has been read
 * @param rejects what could not be read, in source and line order
 * @param posts every post, streamed
 */
public record ReportContent(Locale locale, LocalDate runDate, Themes themes, List<String> sources,
		List<AuthorMonthTheme> aggregates, Future<Map<Theme, List<ClassifiedPost>>> topPostsOnceRead, List<Reject> rejects,
		PostRows posts) {

	public ReportContent {
		sources = List.copyOf(sources);
		aggregates = List.copyOf(aggregates);
		rejects = List.copyOf(rejects);
	}

	/** The content of posts read already, whose best are known. */
	public ReportContent(Locale locale, LocalDate runDate, Themes themes, List<String> sources,
			List<AuthorMonthTheme> aggregates, Map<Theme, List<ClassifiedPost>> topPosts, List<Reject> rejects,
			PostRows posts) {
		this(locale, runDate, themes, sources, aggregates, CompletableFuture.completedFuture(Map.copyOf(topPosts)),
				rejects, posts);
	}

	/**
	 * Per theme, its highest-scoring posts, best first; waits for the last post to be read.
	 * @throws IllegalStateException if the posts could not be read
	 */
	public Map<Theme, List<ClassifiedPost>> topPosts() {
		try {
			return this.topPostsOnceRead.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the posts to be read", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("the posts could not be read: " + ex.getCause(), ex.getCause());
		}
	}

	/**
	 * The same content, whose posts are read through {@code reader}; waiting for the top posts
	 * closes it (see {@link PostRelay.Reader#closedBeforeWaitingFor}).
	 */
	public ReportContent withPosts(PostRelay.Reader reader) {
		return new ReportContent(this.locale, this.runDate, this.themes, this.sources, this.aggregates,
				reader.closedBeforeWaitingFor(this.topPostsOnceRead), this.rejects, reader);
	}

	public ReportFigures figures() {
		return ReportFigures.of(this.aggregates, this.themes);
	}

	public ReportMessages messages(String bundle) {
		return new ReportMessages(bundle, this.locale);
	}

}
