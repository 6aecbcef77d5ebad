package org.socialreports.report.workbook;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.socialreports.classify.Theme;
import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportFigures.MonthChange;
import org.socialreports.report.ReportMessages;

/**
 * The month at a glance: the period and its counts, posts per theme with their share, how the
 * latest month moved against the one before, and a chart of posts per theme.
 */
final class SummarySheet {

	private static final Charts.Place CHART = new Charts.Place(5, 1, 13, 21);

	private final Cells cells;

	private final ReportMessages messages;

	private final MonthLabels months;

	SummarySheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
		this.months = new MonthLabels(messages.locale());
	}

	void write(ReportContent content, ReportFigures figures, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		ColumnWidths widths = new ColumnWidths(36, 16, 16, 12);
		// room for a date, a month's name and a count of millions
		widths.fit(1, 12);
		widths.fit(2, 10);
		widths.fit(3, 8);
		this.cells.text(sheet.createRow(0), 0, this.messages.get("summary.title"), styles.title());
		Row generated = sheet.createRow(1);
		widths.fit(0, this.cells.text(generated, 0, this.messages.get("summary.generated"), styles.label()));
		this.cells.date(generated, 1, content.runDate(), styles.date());

		int rowIndex = 3;
		rowIndex = figure(sheet, widths, rowIndex, "summary.period", period(figures));
		rowIndex = figure(sheet, widths, rowIndex, "summary.posts", figures.totalPosts());
		rowIndex = figure(sheet, widths, rowIndex, "summary.authors", figures.authors().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.months", figures.months().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.words", figures.totalWords());
		rowIndex = figure(sheet, widths, rowIndex, "summary.rejects", content.rejects().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.sources", content.sources().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.leading-theme",
				figures.leadingTheme().map(this.messages::theme).orElse("—"));
		rowIndex = figure(sheet, widths, rowIndex, "summary.most-active-author",
				figures.mostActiveAuthor().orElse("—"));

		int themeHeader = rowIndex + 1;
		rowIndex = themeShares(sheet, widths, figures, themeHeader);
		if (figures.totalPosts() > 0) {
			CellRangeAddress names = new CellRangeAddress(themeHeader + 2, themeHeader + 1 + figures.themes().size(), 0,
					0);
			CellRangeAddress posts = new CellRangeAddress(names.getFirstRow(), names.getLastRow(), 1, 1);
			Charts.bars(sheet, CHART, this.messages.get("summary.chart"), names, posts,
					new CellReference(sheet.getSheetName(), themeHeader + 1, 1, true, true),
					this.messages.get("column.posts"), figures.themes().stream().map(ThemeColors::of).toList());
		}
		latestMonthChanges(sheet, widths, figures.latestMonthChanges(), rowIndex + 1);
		widths.applyTo(sheet);
		Sheets.printOnePageWide(sheet);
	}

	private String period(ReportFigures figures) {
		Optional<YearMonth> first = figures.firstMonth();
		Optional<YearMonth> last = figures.lastMonth();
		if (first.isEmpty() || last.isEmpty()) {
			return this.messages.get("summary.no-period");
		}
		return first.get().equals(last.get()) ? this.months.full(first.get())
				: this.messages.get("summary.period-range", this.months.full(first.get()), this.months.full(last.get()));
	}

	private int figure(XSSFSheet sheet, ColumnWidths widths, int rowIndex, String key, long value) {
		Row row = labelRow(sheet, widths, rowIndex, key);
		this.cells.number(row, 1, value, this.cells.styles().count());
		return rowIndex + 1;
	}

	private int figure(XSSFSheet sheet, ColumnWidths widths, int rowIndex, String key, String value) {
		Row row = labelRow(sheet, widths, rowIndex, key);
		// text beside a short label spills over the empty cells to its right; no need to widen
		this.cells.text(row, 1, value);
		return rowIndex + 1;
	}

	private Row labelRow(XSSFSheet sheet, ColumnWidths widths, int rowIndex, String key) {
		Row row = sheet.createRow(rowIndex);
		widths.fit(0, this.cells.text(row, 0, this.messages.get(key), this.cells.styles().label()));
		return row;
	}

	/** Writes the section title, the header, a row per theme and the total; returns the next free row. */
	private int themeShares(XSSFSheet sheet, ColumnWidths widths, ReportFigures figures, int rowIndex) {
		WorkbookStyles styles = this.cells.styles();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("summary.by-theme"), styles.section());
		header(sheet.createRow(rowIndex++), widths, "column.theme", "column.posts", "column.share");
		for (Theme theme : figures.themes()) {
			Row row = sheet.createRow(rowIndex++);
			widths.fit(0, this.cells.text(row, 0, this.messages.theme(theme)));
			this.cells.number(row, 1, figures.postsByTheme().get(theme), styles.count());
			this.cells.number(row, 2, figures.share(theme), styles.share());
		}
		Row total = sheet.createRow(rowIndex++);
		this.cells.text(total, 0, this.messages.get("column.total"), styles.totalLabel());
		this.cells.number(total, 1, figures.totalPosts(), styles.totalCount());
		this.cells.number(total, 2, (figures.totalPosts() == 0) ? 0 : 1, styles.totalShare());
		return rowIndex;
	}

	private void latestMonthChanges(XSSFSheet sheet, ColumnWidths widths, List<MonthChange> changes, int rowIndex) {
		if (changes.isEmpty()) {
			return;
		}
		WorkbookStyles styles = this.cells.styles();
		MonthChange first = changes.get(0);
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("summary.latest-month",
				this.months.full(first.latestMonth()), this.months.full(first.previousMonth())), styles.section());
		Row header = sheet.createRow(rowIndex++);
		widths.fitHeader(0, this.messages.get("column.theme"));
		this.cells.text(header, 0, this.messages.get("column.theme"), styles.header());
		this.cells.text(header, 1, this.months.abbreviated(first.previousMonth()), styles.header());
		this.cells.text(header, 2, this.months.abbreviated(first.latestMonth()), styles.header());
		this.cells.text(header, 3, this.messages.get("column.change"), styles.header());
		widths.fitHeader(3, this.messages.get("column.change"));
		for (MonthChange change : changes) {
			Row row = sheet.createRow(rowIndex++);
			this.cells.text(row, 0, this.messages.theme(change.theme()));
			this.cells.number(row, 1, change.previous(), styles.count());
			this.cells.number(row, 2, change.latest(), styles.count());
			this.cells.number(row, 3, change.difference(), styles.change());
		}
	}

	private void header(Row row, ColumnWidths widths, String... keys) {
		for (int column = 0; column < keys.length; column++) {
			String label = this.messages.get(keys[column]);
			widths.fitHeader(column, label);
			this.cells.text(row, column, label, this.cells.styles().header());
		}
	}

}
