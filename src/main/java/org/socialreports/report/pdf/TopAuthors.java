package org.socialreports.report.pdf;

import java.util.Comparator;
import java.util.List;

import org.socialreports.report.ReportFigures;

/**
 * The most active authors, so that a chart or a table stays readable whatever the number of
 * authors; the others are counted, never silently left out.
 *
 * @param shown the authors to show, most posts first, then by name
 * @param others how many authors are not shown
 */
record TopAuthors(List<String> shown, int others) {

	static TopAuthors of(ReportFigures figures, int limit) {
		List<String> authors = figures.authors();
		List<String> shown = authors.stream()
			.sorted(Comparator.comparingLong(figures::postsOf).reversed().thenComparing(Comparator.naturalOrder()))
			.limit(limit)
			.toList();
		return new TopAuthors(shown, authors.size() - shown.size());
	}

}
