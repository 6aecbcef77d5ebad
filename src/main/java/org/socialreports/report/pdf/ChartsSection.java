package org.socialreports.report.pdf;

import com.lowagie.text.Image;

/**
 * The charts: posts per month (or year) and theme, and each author's mix of themes (posts per
 * theme is charted with the key figures). A chart
 * of nothing is not drawn: an empty run says so in words instead.
 */
final class ChartsSection implements ReportSection {

	/** More bars than this and an author's bar gets too thin to read. */
	static final int CHARTED_AUTHORS = 8;

	private static final float CHART_HEIGHT = 230;

	@Override
	public void addTo(ReportDocument report) {
		if (report.figures().totalPosts() == 0) {
			return;
		}
		ThemeCharts charts = new ThemeCharts(report);
		Image byMonth = report.chart(charts.postsByMonth(), CHART_HEIGHT);
		report.section(report.message("section.charts"), ReportDocument.SUBSECTION_HEADING + byMonth.getScaledHeight());
		chart(report, report.message(charts.byYear() ? "charts.byYear" : "charts.byMonth"), byMonth);
		TopAuthors authors = TopAuthors.of(report.figures(), CHARTED_AUTHORS);
		Image mix = report.chart(charts.authorMix(authors), ThemeCharts.authorMixHeight(authors));
		chart(report, report.message("charts.authorMix"), mix);
		if (authors.others() > 0) {
			report.note(report.message("charts.authorMix.others", authors.shown().size(), (long) authors.others()));
		}
	}

	private static void chart(ReportDocument report, String title, Image chart) {
		report.subsection(title, chart.getScaledHeight() + 6);
		report.add(chart);
	}

}
