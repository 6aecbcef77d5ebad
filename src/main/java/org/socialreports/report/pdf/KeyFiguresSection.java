package org.socialreports.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.pdf.PdfPTable;

import org.socialreports.classify.Theme;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportFigures.MonthChange;

/**
 * What a reader should take away in a minute: totals, the leading theme, the latest month
 * against the one before, the most active author.
 */
final class KeyFiguresSection implements ReportSection {

	@Override
	public void addTo(ReportDocument report) {
		ReportFigures figures = report.figures();
		report.section(report.message("section.keyFigures"), 60);
		if (figures.totalPosts() == 0) {
			report.paragraph(report.message("noPosts"));
			return;
		}
		report.add(highlights(report, figures));
		report.subsection(report.message("keyFigures.byTheme"), byTheme(report, figures));
		if (figures.months().size() < 2) {
			// "up 5 on the month before the period" would tell a reader nothing
			return;
		}
		MonthChange first = figures.latestMonthChanges().get(0);
		PdfFormats formats = report.formats();
		report.subsection(report.message("keyFigures.changes", formats.capitalized(formats.month(first.latestMonth())),
				formats.month(first.previousMonth())), changes(report, figures));
	}

	private static List highlights(ReportDocument report, ReportFigures figures) {
		PdfFormats formats = report.formats();
		List list = new List(false, 12);
		list.setListSymbol(new Chunk("•", report.fonts().bold(ReportDocument.BODY, ThemeColors.ACCENT)));
		item(report, list, report.message("keyFigures.summary", formats.count(figures.totalPosts()),
				formats.count(figures.authors().size()), Period.of(report)));
		figures.leadingTheme()
			.ifPresent((theme) -> item(report, list, report.message("keyFigures.leadingTheme", report.theme(theme),
					formats.count(figures.postsByTheme().get(theme)), formats.percent(figures.share(theme)))));
		MonthChange any = figures.latestMonthChanges().get(0);
		long latest = figures.posts(any.latestMonth());
		long previous = figures.posts(any.previousMonth());
		if (figures.months().size() < 2) {
			item(report, list, report.message("keyFigures.singleMonth"));
		}
		else {
			item(report, list,
					report.message("keyFigures.latest", formats.capitalized(formats.month(any.latestMonth())),
							formats.count(latest), formats.count(previous), formats.month(any.previousMonth()),
							Changes.describe(report, latest - previous)));
		}
		figures.mostActiveAuthor()
			.ifPresent((author) -> item(report, list,
					report.message("keyFigures.mostActive", ReportDocument.nfc(author),
							formats.count(figures.postsOf(author)),
							formats.percent((double) figures.postsOf(author) / figures.totalPosts()))));
		return list;
	}

	private static void item(ReportDocument report, List list, String text) {
		ListItem item = new ListItem(text, report.fonts().regular(ReportDocument.BODY + 0.5f, ThemeColors.INK));
		item.setLeading((ReportDocument.BODY + 0.5f) * 1.5f);
		item.setSpacingAfter(3);
		list.add(item);
	}

	private static PdfPTable byTheme(ReportDocument report, ReportFigures figures) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		PdfPTable table = TableCells.table(0.25f, 4, 1.2f, 1.2f);
		table.addCell(cells.header(""));
		table.addCell(cells.header(report.message("column.theme")));
		table.addCell(cells.numberHeader(report.message("column.posts")));
		table.addCell(cells.numberHeader(report.message("column.share")));
		for (Theme theme : figures.themes()) {
			table.addCell(cells.swatch(ThemeColors.of(theme)));
			table.addCell(cells.text(report.theme(theme)));
			table.addCell(cells.number(formats.count(figures.postsByTheme().get(theme))));
			table.addCell(cells.number(formats.percent(figures.share(theme))));
		}
		table.addCell(cells.total("", false));
		table.addCell(cells.total(report.message("tables.total"), false));
		table.addCell(cells.total(formats.count(figures.totalPosts()), true));
		table.addCell(cells.total(formats.percent(1), true));
		return table;
	}

	private static PdfPTable changes(ReportDocument report, ReportFigures figures) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		PdfPTable table = TableCells.table(0.25f, 4, 1.4f, 1.4f, 1.8f);
		MonthChange first = figures.latestMonthChanges().get(0);
		table.addCell(cells.header(""));
		table.addCell(cells.header(report.message("column.theme")));
		table.addCell(cells.numberHeader(formats.capitalized(formats.shortMonth(first.previousMonth()))));
		table.addCell(cells.numberHeader(formats.capitalized(formats.shortMonth(first.latestMonth()))));
		table.addCell(cells.header(report.message("column.change")));
		for (MonthChange change : figures.latestMonthChanges()) {
			table.addCell(cells.swatch(ThemeColors.of(change.theme())));
			table.addCell(cells.text(report.theme(change.theme())));
			table.addCell(cells.number(formats.count(change.previous())));
			table.addCell(cells.number(formats.count(change.latest())));
			table.addCell(cells.text(Changes.describe(report, change.difference())));
		}
		return table;
	}

}
