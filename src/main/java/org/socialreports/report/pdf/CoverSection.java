package org.socialreports.report.pdf;

import java.util.List;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;

import org.socialreports.report.ReportFigures;

/**
 * The first page: what the report is, the period it covers, when it was made and from what.
 */
final class CoverSection implements ReportSection {

	/** Past this many archives the cover names the first ones and counts the rest. */
	static final int LISTED_SOURCES = 12;

	@Override
	public void addTo(ReportDocument report) {
		ReportFigures figures = report.figures();
		PdfFonts fonts = report.fonts();
		report.bookmark(report.message("section.cover"));
		Paragraph title = new Paragraph(report.message("cover.title"), fonts.bold(26, ThemeColors.INK));
		title.setSpacingBefore(90);
		title.setLeading(32);
		report.add(title);
		Paragraph subtitle = new Paragraph(report.message("cover.subtitle"), fonts.regular(13, ThemeColors.MUTED));
		subtitle.setSpacingBefore(6);
		report.add(subtitle);
		LineSeparator rule = new LineSeparator(1.5f, 100, ThemeColors.ACCENT, 0, -12);
		report.add(rule);
		Paragraph gap = new Paragraph(" ", fonts.regular(12, ThemeColors.INK));
		gap.setSpacingAfter(14);
		report.add(gap);

		PdfPTable facts = new PdfPTable(new float[] { 1, 2.6f });
		facts.setWidthPercentage(100);
		fact(report, facts, "cover.period", Period.of(report));
		fact(report, facts, "cover.generated", report.formats().date(report.content().runDate()));
		fact(report, facts, "cover.posts", report.formats().count(figures.totalPosts()));
		fact(report, facts, "cover.authors", report.formats().count(figures.authors().size()));
		fact(report, facts, "cover.sources", sources(report));
		report.add(facts);
		report.newPage();
	}

	private static void fact(ReportDocument report, PdfPTable facts, String label, String value) {
		PdfPCell name = new PdfPCell(new Paragraph(report.message(label), report.fonts().bold(10, ThemeColors.MUTED)));
		PdfPCell text = new PdfPCell(
				new Paragraph(ReportDocument.nfc(value), report.fonts().regular(10, ThemeColors.INK)));
		for (PdfPCell cell : new PdfPCell[] { name, text }) {
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingBottom(9);
			cell.setLeading(0, 1.35f);
			facts.addCell(cell);
		}
	}

	private static String sources(ReportDocument report) {
		List<String> sources = report.content().sources();
		if (sources.isEmpty()) {
			return report.message("cover.sources.none");
		}
		StringBuilder text = new StringBuilder();
		sources.stream().limit(LISTED_SOURCES).forEach((source) -> text.append(source).append('\n'));
		if (sources.size() > LISTED_SOURCES) {
			text.append(report.message("cover.sources.more", sources.size() - LISTED_SOURCES));
		}
		return text.toString().strip();
	}

}
