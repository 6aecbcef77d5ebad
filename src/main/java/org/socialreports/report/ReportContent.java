package org.socialreports.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Reject;

/**
 * Everything a report writer needs, gathered once per run.
 *
 * @param locale the report language
 * @param runDate the day of the run, as in the output folder's name
 * @param sources the input archives' names, relative to the input folder
 * @param aggregates the rows of {@code aggregates.csv}, ordered by author, month and theme
 * @param topPosts per theme, its highest-scoring posts, best first
 * @param rejects what could not be read, in source and line order
 * @param posts every post, streamed
 */
public record ReportContent(Locale locale, LocalDate runDate, List<String> sources, List<AuthorMonthTheme> aggregates,
		Map<Theme, List<ClassifiedPost>> topPosts, List<Reject> rejects, PostRows posts) {

	public ReportContent {
		sources = List.copyOf(sources);
		aggregates = List.copyOf(aggregates);
		topPosts = Map.copyOf(topPosts);
		rejects = List.copyOf(rejects);
	}

	public ReportFigures figures() {
		return ReportFigures.of(this.aggregates);
	}

	public ReportMessages messages(String bundle) {
		return new ReportMessages(bundle, this.locale);
	}

}
