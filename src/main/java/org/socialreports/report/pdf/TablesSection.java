package org.socialreports.report.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.socialreports.classify.Theme;
import org.socialreports.report.MonthSpan;
import org.socialreports.report.ReportFigures;

/**
 * The figures behind the charts, for whoever wants the numbers: theme by month and author by
 * theme. Only the most active authors get a row; the others share one, so the totals still add up.
 */
final class TablesSection implements ReportSection {

	static final int TABLED_AUTHORS = 12;

	private static final float TOTAL_COLUMN = 44;

	/** What a column needs for six figures ("249,843") on one line at the tables' size. */
	private static final float NARROW_COLUMN = 38;

	/** Long labels wrap over two or three lines of a turned header rather than make it taller. */
	private static final float TURNED_HEADER_HEIGHT = 80;

	@Override
	public void addTo(ReportDocument report) {
		ReportFigures figures = report.figures();
		if (figures.totalPosts() == 0) {
			return;
		}
		PdfPTable byMonth = themeByMonth(report, figures);
		float keepWithNext = ReportDocument.SUBSECTION_HEADING + report.keepHeight(byMonth);
		report.section(report.message("section.tables"), keepWithNext);
		report.subsection(report.message("tables.themeMonth"), byMonth);
		if (figures.spans().size() < figures.months().size()) {
			report.note(report.message("tables.themeMonth.grouped", MonthSpan.DETAILED_MONTHS));
		}
		report.subsection(report.message("tables.authorTheme"), authorByTheme(report, figures));
	}

	private static PdfPTable themeByMonth(ReportDocument report, ReportFigures figures) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		PdfPTable table = TableCells.table(widths(report));
		boolean narrow = narrow(report);
		table.addCell(cells.header(report.message("tables.month")));
		themeHeaders(report, table, narrow);
		// the latest months one by one, the earlier ones a year at a time: a page however long the archive
		for (MonthSpan span : figures.spans()) {
			table.addCell(cells.text(formats.span(span)));
			for (Theme theme : figures.themes()) {
				table.addCell(count(report, narrow, figures.posts(span, theme), false));
			}
			table.addCell(count(report, narrow, figures.posts(span), false));
		}
		table.addCell(cells.total(report.message("tables.total"), false));
		for (Theme theme : figures.themes()) {
			table.addCell(count(report, narrow, figures.postsByTheme().get(theme), true));
		}
		table.addCell(count(report, narrow, figures.totalPosts(), true));
		return table;
	}

	private static PdfPTable authorByTheme(ReportDocument report, ReportFigures figures) {
		TableCells cells = report.cells();
		TopAuthors authors = TopAuthors.of(figures, TABLED_AUTHORS);
		PdfPTable table = TableCells.table(widths(report));
		boolean narrow = narrow(report);
		table.addCell(cells.header(report.message("tables.author")));
		themeHeaders(report, table, narrow);
		for (String author : authors.shown()) {
			table.addCell(cells.text(author));
			for (Theme theme : figures.themes()) {
				table.addCell(count(report, narrow, figures.posts(author, theme), false));
			}
			table.addCell(count(report, narrow, figures.postsOf(author), false));
		}
		if (authors.others() > 0) {
			Set<String> shown = Set.copyOf(authors.shown());
			List<String> others = figures.authors().stream().filter((author) -> !shown.contains(author)).toList();
			table.addCell(cells.text(report.message("tables.others", (long) authors.others())));
			for (Theme theme : figures.themes()) {
				long posts = others.stream().mapToLong((author) -> figures.posts(author, theme)).sum();
				table.addCell(count(report, narrow, posts, false));
			}
			table.addCell(count(report, narrow, others.stream().mapToLong(figures::postsOf).sum(), false));
		}
		table.addCell(cells.total(report.message("tables.total"), false));
		for (Theme theme : figures.themes()) {
			table.addCell(count(report, narrow, figures.postsByTheme().get(theme), true));
		}
		table.addCell(count(report, narrow, figures.totalPosts(), true));
		return table;
	}

	// One column per theme, wide enough for the longest word of any theme label, one for the
	// total; the first column, the row's name, takes the rest of the width.
	private static float[] widths(ReportDocument report) {
		float theme = 46;
		for (Theme each : report.figures().themes()) {
			theme = Math.max(theme, report.cells().themeColumnWidth(report.theme(each)));
		}
		float total = TOTAL_COLUMN;
		theme = themeWidth(report, theme);
		float[] widths = new float[report.figures().themes().size() + 2];
		Arrays.fill(widths, theme);
		widths[widths.length - 1] = total;
		widths[0] = report.width() - theme * report.figures().themes().size() - total;
		return widths;
	}

	// many themes share the width: the row's name keeps room for a month or a short name
	private static float themeWidth(ReportDocument report, float wanted) {
		return Math.min(wanted, (report.width() - 90 - TOTAL_COLUMN) / report.figures().themes().size());
	}

	private static void themeHeaders(ReportDocument report, PdfPTable table, boolean narrow) {
		TableCells cells = report.cells();
		float height = 0;
		for (Theme theme : report.figures().themes()) {
			height = Math.max(height, cells.turnedHeaderHeight(report.theme(theme), TURNED_HEADER_HEIGHT));
		}
		for (Theme theme : report.figures().themes()) {
			table.addCell(narrow ? cells.turnedThemeHeader(report.theme(theme), ThemeColors.of(theme), height)
					: cells.themeHeader(report.theme(theme), ThemeColors.of(theme)));
		}
		table.addCell(cells.numberHeader(report.message("tables.total")));
	}

	/** Whether the theme columns are too narrow for their labels' words, or for six figures. */
	private static boolean narrow(ReportDocument report) {
		float needed = NARROW_COLUMN;
		for (Theme each : report.figures().themes()) {
			needed = Math.max(needed, report.cells().themeColumnWidth(report.theme(each)));
		}
		return themeWidth(report, needed) < needed;
	}

	private static PdfPCell count(ReportDocument report, boolean narrow, long posts, boolean total) {
		String count = report.formats().count(posts);
		if (narrow) {
			return report.cells().narrowNumber(count, total);
		}
		return total ? report.cells().total(count, true) : report.cells().number(count);
	}

}
