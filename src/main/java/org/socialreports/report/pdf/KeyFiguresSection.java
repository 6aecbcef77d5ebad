package org.socialreports.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.pdf.PdfPTable;

import org.socialreports.classify.Theme;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportWords;
import org.socialreports.report.Spikes;
import org.socialreports.report.ThemeTrend;

/**
 * What a reader should take away in a minute: totals, the leading real theme, the unclassified
 * posts as a figure of their own, the latest month against the one before and the usual level,
 * the most active author; then posts per theme, and each theme's latest month against the month
 * before and against its usual level.
 */
final class KeyFiguresSection implements ReportSection {

	/** Past this many themes the bars of the table's figures no longer share its page: the table says it. */
	static final int CHARTED_THEMES = 7;

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
		if (figures.themes().size() <= CHARTED_THEMES) {
			Image chart = report.chart(new ThemeCharts(report).postsByTheme(), 150);
			report.keepSpace(chart.getScaledHeight());
			report.add(chart);
		}
		if (figures.months().size() < 2) {
			// "up 5 on the month before the period" would tell a reader nothing
			return;
		}
		ThemeTrend first = figures.trends().get(0);
		PdfFormats formats = report.formats();
		PdfPTable trends = trends(report, figures);
		report.subsection(report.message("keyFigures.changes", formats.month(first.month()),
				formats.month(first.month().minusMonths(1))), report.keepHeight(trends) + 30);
		report.add(trends);
		report.note(report.message("keyFigures.changes.note", first.monthsAveraged(), formats.month(first.month()),
				Spikes.MIN_POSTS));
	}

	/** The latest month's posts against the month before and the usual level, in a sentence. */
	static String latestMonth(ReportDocument report, ReportFigures figures) {
		PdfFormats formats = report.formats();
		ThemeTrend all = figures.overallTrend();
		ReportWords words = formats.words();
		if (!all.hasAverage()) {
			return report.message("keyFigures.latestNoAverage", formats.month(all.month()), all.latest(),
					all.previous(), formats.month(all.month().minusMonths(1)), words.change(all.difference()));
		}
		return report.message("keyFigures.latest", formats.month(all.month()), all.latest(), all.previous(),
				formats.month(all.month().minusMonths(1)), words.change(all.difference()), words.decimal(all.average()),
				all.monthsAveraged());
	}

	private static List highlights(ReportDocument report, ReportFigures figures) {
		PdfFormats formats = report.formats();
		List list = new List(false, 12);
		list.setListSymbol(new Chunk("•", report.fonts().bold(ReportDocument.BODY, ThemeColors.ACCENT)));
		item(report, list, report.message("keyFigures.summary", figures.totalPosts(), figures.authors().size(),
				Period.of(report)));
		figures.leadingTheme()
			.ifPresentOrElse((theme) -> item(report, list, report.message("keyFigures.leadingTheme",
					report.theme(theme), figures.postsByTheme().get(theme), formats.percent(figures.share(theme)))),
					() -> item(report, list, report.message("keyFigures.noLeadingTheme")));
		item(report, list, report.message("keyFigures.unclassified", figures.unclassifiedPosts(),
				formats.percent(figures.share(Theme.UNCLASSIFIED))));
		if (figures.months().size() > 1) {
			item(report, list, latestMonth(report, figures));
		}
		figures.mostActiveAuthor()
			.ifPresent((author) -> item(report, list,
					report.message("keyFigures.mostActive", ReportDocument.nfc(author), figures.postsOf(author),
							formats.percent((double) figures.postsOf(author) / figures.totalPosts()))));
		return list;
	}

	private static void item(ReportDocument report, List list, String text) {
		ListItem item = new ListItem(ReportDocument.nfc(text),
				report.fonts().regular(ReportDocument.BODY + 0.5f, ThemeColors.INK));
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

	private static PdfPTable trends(ReportDocument report, ReportFigures figures) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		ReportWords words = formats.words();
		PdfPTable table = TableCells.table(0.25f, 3.4f, 1.1f, 1.1f, 1.3f, 1.3f, 1.3f);
		ThemeTrend first = figures.trends().get(0);
		table.addCell(cells.header(""));
		table.addCell(cells.header(report.message("column.theme")));
		table.addCell(cells.numberHeader(formats.shortMonth(first.month().minusMonths(1))));
		table.addCell(cells.numberHeader(formats.shortMonth(first.month())));
		table.addCell(cells.header(report.message("column.change")));
		table.addCell(cells.numberHeader(report.message("column.usual")));
		table.addCell(cells.numberHeader(report.message("column.ratio")));
		for (ThemeTrend trend : figures.trends()) {
			boolean spike = Spikes.isSpike(trend);
			table.addCell(cells.swatch(ThemeColors.of(trend.theme())));
			table.addCell(spike ? cells.strong(report.theme(trend.theme()) + " ▲") : cells.text(report.theme(trend.theme())));
			table.addCell(cells.number(formats.count(trend.previous())));
			table.addCell(cells.number(formats.count(trend.latest())));
			table.addCell(cells.text(words.change(trend.difference())));
			table.addCell(cells.number(trend.hasAverage() ? words.decimal(trend.average()) : "–"));
			table.addCell(spike ? cells.strongNumber(words.ratio(trend)) : cells.number(words.ratio(trend)));
		}
		return table;
	}

}
