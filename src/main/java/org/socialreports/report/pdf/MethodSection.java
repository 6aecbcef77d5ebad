package org.socialreports.report.pdf;

import org.socialreports.classify.Theme;
import org.socialreports.report.ReportFigures;

/**
 * How themes are assigned, in two sentences a manager can repeat, and how much is left
 * unclassified: the measure of how far the figures can be trusted.
 */
final class MethodSection implements ReportSection {

	@Override
	public void addTo(ReportDocument report) {
		ReportFigures figures = report.figures();
		report.section(report.message("section.method"), 70);
		report.paragraph(report.message("method.themes"));
		report.paragraph(report.message("method.counts"));
		if (figures.totalPosts() > 0) {
			PdfFormats formats = report.formats();
			report.paragraph(report.message("method.unclassified", formats.percent(figures.share(Theme.UNCLASSIFIED)),
					figures.unclassifiedPosts()));
		}
	}

}
