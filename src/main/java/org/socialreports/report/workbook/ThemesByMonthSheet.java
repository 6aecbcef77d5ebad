package org.socialreports.report.workbook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.socialreports.classify.Theme;
import org.socialreports.report.MonthSpan;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportMessages;

/**
 * Posts per month and theme: months in rows in calendar order, empty months included, themes
 * in columns, totals on both sides, and a line per theme to show the trend.
 */
final class ThemesByMonthSheet {

	/** Past this many months the chart shows years, from a table of the years beside the months. */
	static final int CHARTED_MONTHS = 48;

	private final Cells cells;

	private final ReportMessages messages;

	ThemesByMonthSheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
	}

	void write(ReportFigures figures, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		Theme[] themes = figures.themes().toArray(Theme[]::new);
		int totalColumn = themes.length + 1;
		// past CHARTED_MONTHS months, a table of the years beside: a blank column, then year, themes and total
		int[] bounds = new int[(figures.months().size() > CHARTED_MONTHS) ? 2 * totalColumn + 3 : totalColumn + 1];
		Arrays.fill(bounds, 16);
		ColumnWidths widths = new ColumnWidths(bounds);
		widths.fit(0, 10);
		Row header = sheet.createRow(0);
		header(header, widths, 0, this.messages.get("column.month"));
		for (int t = 0; t < themes.length; t++) {
			header(header, widths, t + 1, this.messages.theme(themes[t]));
		}
		header(header, widths, totalColumn, this.messages.get("column.total"));

		List<YearMonth> months = figures.months();
		int rowIndex = 1;
		for (YearMonth month : months) {
			Row row = sheet.createRow(rowIndex++);
			this.cells.date(row, 0, month.atDay(1), styles.month());
			for (int t = 0; t < themes.length; t++) {
				this.cells.number(row, t + 1, figures.posts(month, themes[t]), styles.count());
			}
			this.cells.number(row, totalColumn, figures.posts(month), styles.boldCount());
		}
		Row total = sheet.createRow(rowIndex);
		this.cells.text(total, 0, this.messages.get("column.total"), styles.totalLabel());
		for (int t = 0; t < themes.length; t++) {
			this.cells.number(total, t + 1, figures.postsByTheme().get(themes[t]), styles.totalCount());
		}
		this.cells.number(total, totalColumn, figures.totalPosts(), styles.totalCount());

		boolean byYear = months.size() > CHARTED_MONTHS;
		if (byYear) {
			for (int column = totalColumn + 2; column < bounds.length; column++) {
				widths.fitHeader(column, (column == totalColumn + 2) ? this.messages.get("column.year")
						: (column - totalColumn - 3 < themes.length) ? this.messages.theme(themes[column - totalColumn - 3])
								: this.messages.get("column.total"));
			}
		}
		widths.applyTo(sheet, header);
		sheet.createFreezePane(1, 1);
		if (byYear) {
			yearlyTrend(sheet, figures, themes, widths);
		}
		else if (!months.isEmpty()) {
			trend(sheet, themes, months);
		}
		Sheets.printOnePageWide(sheet, true, 0);
	}

	private void header(Row row, ColumnWidths widths, int column, String label) {
		widths.fitHeader(column, label);
		// every column but the month holds counts, aligned right: so do their headers
		this.cells.text(row, column, label,
				(column > 0) ? this.cells.styles().numberHeader() : this.cells.styles().header());
	}

	private void trend(XSSFSheet sheet, Theme[] themes, List<YearMonth> months) {
		MonthLabels labels = new MonthLabels(this.messages.locale());
		String[] categories = months.stream().map(labels::abbreviated).toArray(String[]::new);
		int lastRow = months.size();
		List<Charts.Line> lines = new ArrayList<>();
		for (int t = 0; t < themes.length; t++) {
			int column = t + 1;
			lines.add(new Charts.Line(this.messages.theme(themes[t]),
					new CellReference(sheet.getSheetName(), 0, column, true, true),
					new CellRangeAddress(1, lastRow, column, column), ThemeColors.of(themes[t])));
		}
		int firstColumn = themes.length + 3;
		Charts.trend(sheet, new Charts.Place(firstColumn, 1, firstColumn + 11, 24), this.messages.get("themes.chart"),
				categories, new CellRangeAddress(1, lastRow, 0, 0), lines);
	}

	/**
	 * Past {@link #CHARTED_MONTHS} months a line per theme over every month is a tangle: a table
	 * of the years beside the months, and the chart drawn from it.
	 */
	private void yearlyTrend(XSSFSheet sheet, ReportFigures figures, Theme[] themes, ColumnWidths widths) {
		WorkbookStyles styles = this.cells.styles();
		int firstColumn = themes.length + 3;
		List<MonthSpan> years = figures.years();
		Row header = sheet.getRow(0);
		this.cells.text(header, firstColumn, this.messages.get("column.year"), styles.header());
		for (int t = 0; t < themes.length; t++) {
			this.cells.text(header, firstColumn + 1 + t, this.messages.theme(themes[t]), styles.numberHeader());
		}
		this.cells.text(header, firstColumn + 1 + themes.length, this.messages.get("column.total"),
				styles.numberHeader());
		for (int y = 0; y < years.size(); y++) {
			MonthSpan year = years.get(y);
			Row row = sheet.getRow(1 + y);
			this.cells.number(row, firstColumn, year.first().getYear(), styles.rank());
			for (int t = 0; t < themes.length; t++) {
				this.cells.number(row, firstColumn + 1 + t, figures.posts(year, themes[t]), styles.count());
			}
			this.cells.number(row, firstColumn + 1 + themes.length, figures.posts(year), styles.boldCount());
		}
		String[] categories = years.stream().map((year) -> String.valueOf(year.first().getYear())).toArray(String[]::new);
		List<Charts.Line> lines = new ArrayList<>();
		for (int t = 0; t < themes.length; t++) {
			int column = firstColumn + 1 + t;
			lines.add(new Charts.Line(this.messages.theme(themes[t]),
					new CellReference(sheet.getSheetName(), 0, column, true, true),
					new CellRangeAddress(1, years.size(), column, column), ThemeColors.of(themes[t])));
		}
		int chartRow = years.size() + 3;
		Charts.trend(sheet, new Charts.Place(firstColumn, chartRow, firstColumn + themes.length + 2, chartRow + 23),
				this.messages.get("themes.chart-years"), categories,
				new CellRangeAddress(1, years.size(), firstColumn, firstColumn), lines);
	}

}
