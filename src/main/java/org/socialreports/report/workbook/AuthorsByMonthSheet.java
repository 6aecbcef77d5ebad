package org.socialreports.report.workbook;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.socialreports.classify.Theme;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportMessages;

/**
 * Who writes when. Over a short period, an author per row with the theme they write most
 * about, a month per column, and totals both ways. Over a long one (more than
 * {@link #MONTH_COLUMNS} months), which would need a column per month of twenty years, a row
 * per author and month they wrote in, a column per theme: any span fits, and filters work.
 */
final class AuthorsByMonthSheet {

	/** The most months shown as columns: two years fit a landscape page. */
	static final int MONTH_COLUMNS = 24;

	private static final int FIRST_MONTH_COLUMN = 2;

	private final Cells cells;

	private final ReportMessages messages;

	AuthorsByMonthSheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
	}

	void write(ReportFigures figures, XSSFSheet sheet) {
		if (figures.months().size() > MONTH_COLUMNS) {
			writeMonthsAsRows(figures, sheet);
		}
		else {
			writeMonthsAsColumns(figures, sheet);
		}
		Sheets.printOnePageWide(sheet, true, 0);
	}

	private void writeMonthsAsColumns(ReportFigures figures, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		List<YearMonth> months = figures.months();
		int totalColumn = FIRST_MONTH_COLUMN + months.size();
		int[] bounds = new int[totalColumn + 1];
		Arrays.fill(bounds, 12);
		bounds[0] = 40;
		bounds[1] = 30;
		ColumnWidths widths = new ColumnWidths(bounds);

		MonthLabels labels = new MonthLabels(this.messages.locale());
		Row header = sheet.createRow(0);
		header(header, widths, 0, this.messages.get("column.author"));
		header(header, widths, 1, this.messages.get("column.main-theme"));
		for (int m = 0; m < months.size(); m++) {
			header(header, widths, FIRST_MONTH_COLUMN + m, labels.abbreviated(months.get(m)));
		}
		header(header, widths, totalColumn, this.messages.get("column.total"));

		int rowIndex = 1;
		for (String author : figures.authors()) {
			Row row = sheet.createRow(rowIndex++);
			widths.fit(0, this.cells.text(row, 0, author));
			widths.fit(1, this.cells.text(row, 1, this.messages.theme(figures.mainThemeOf(author))));
			for (int m = 0; m < months.size(); m++) {
				this.cells.number(row, FIRST_MONTH_COLUMN + m, figures.posts(author, months.get(m)), styles.count());
			}
			this.cells.number(row, totalColumn, figures.postsOf(author), styles.boldCount());
		}
		Row total = sheet.createRow(rowIndex);
		this.cells.text(total, 0, this.messages.get("column.total"), styles.totalLabel());
		this.cells.blank(total, 1, styles.totalLabel());
		for (int m = 0; m < months.size(); m++) {
			this.cells.number(total, FIRST_MONTH_COLUMN + m, figures.posts(months.get(m)), styles.totalCount());
		}
		this.cells.number(total, totalColumn, figures.totalPosts(), styles.totalCount());

		widths.applyTo(sheet, header);
		sheet.createFreezePane(FIRST_MONTH_COLUMN, 1);
	}

	private void writeMonthsAsRows(ReportFigures figures, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		Theme[] themes = figures.themes().toArray(Theme[]::new);
		int totalColumn = FIRST_MONTH_COLUMN + themes.length;
		int[] bounds = new int[totalColumn + 1];
		Arrays.fill(bounds, 16);
		bounds[0] = 40;
		ColumnWidths widths = new ColumnWidths(bounds);
		widths.fit(1, 10);

		Row header = sheet.createRow(0);
		header(header, widths, 0, this.messages.get("column.author"));
		header(header, widths, 1, this.messages.get("column.month"));
		for (int t = 0; t < themes.length; t++) {
			header(header, widths, FIRST_MONTH_COLUMN + t, this.messages.theme(themes[t]));
		}
		header(header, widths, totalColumn, this.messages.get("column.total"));

		int rowIndex = 1;
		for (String author : figures.authors()) {
			for (YearMonth month : figures.monthsOf(author)) {
				Row row = sheet.createRow(rowIndex++);
				widths.fit(0, this.cells.text(row, 0, author));
				this.cells.date(row, 1, month.atDay(1), styles.month());
				for (int t = 0; t < themes.length; t++) {
					this.cells.number(row, FIRST_MONTH_COLUMN + t, figures.posts(author, month, themes[t]), styles.count());
				}
				this.cells.number(row, totalColumn, figures.posts(author, month), styles.boldCount());
			}
		}
		Row total = sheet.createRow(rowIndex);
		this.cells.text(total, 0, this.messages.get("column.total"), styles.totalLabel());
		this.cells.blank(total, 1, styles.totalLabel());
		for (int t = 0; t < themes.length; t++) {
			this.cells.number(total, FIRST_MONTH_COLUMN + t, figures.postsByTheme().get(themes[t]), styles.totalCount());
		}
		this.cells.number(total, totalColumn, figures.totalPosts(), styles.totalCount());

		widths.applyTo(sheet, header);
		sheet.createFreezePane(0, 1);
		if (rowIndex > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, totalColumn));
		}
	}

	private void header(Row row, ColumnWidths widths, int column, String label) {
		widths.fitHeader(column, label);
		// the columns from the third on hold counts, aligned right: so do their headers
		this.cells.text(row, column, label,
				(column >= FIRST_MONTH_COLUMN) ? this.cells.styles().numberHeader() : this.cells.styles().header());
	}

}
