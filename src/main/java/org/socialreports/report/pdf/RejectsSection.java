package org.socialreports.report.pdf;

import java.util.List;

import com.lowagie.text.pdf.PdfPTable;

import org.socialreports.ingest.Reject;

/**
 * What could not be read, counted, with where the full list is; shown only when there is any,
 * with the first few so that a reader sees what kind of problem it is.
 */
final class RejectsSection implements ReportSection {

	static final int LISTED_REJECTS = 5;

	@Override
	public void addTo(ReportDocument report) {
		List<Reject> rejects = report.content().rejects();
		if (rejects.isEmpty()) {
			return;
		}
		PdfPTable first = firstRejects(report, rejects);
		report.section(report.message("section.rejects"), 40 + report.keepHeight(first));
		report.paragraph(report.message("rejects.text", rejects.size(), "rejects.csv"));
		report.add(first);
		if (rejects.size() > LISTED_REJECTS) {
			report.note(report.message("rejects.more", rejects.size() - LISTED_REJECTS));
		}
	}

	private static PdfPTable firstRejects(ReportDocument report, List<Reject> rejects) {
		TableCells cells = report.cells();
		PdfPTable table = TableCells.table(3, 0.8f, 5);
		table.addCell(cells.header(report.message("column.source")));
		table.addCell(cells.numberHeader(report.message("column.line")));
		table.addCell(cells.header(report.message("column.reason")));
		for (Reject reject : rejects.subList(0, Math.min(rejects.size(), LISTED_REJECTS))) {
			table.addCell(cells.text(reject.source()));
			table.addCell(cells.number(String.valueOf(reject.line())));
			table.addCell(cells.text(reject.reason()));
		}
		return table;
	}

}
