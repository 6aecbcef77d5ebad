package org.socialreports.report.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.socialreports.aggregate.AuthorMonthTheme;

/**
 * The tidy table of {@code aggregates.csv}, for the manager's own pivot tables. Its headers,
 * months and theme ids are those of the CSV, in every language: they are keys, not labels.
 */
final class DataSheet {

	static final String[] HEADERS = { "author", "month", "theme", "posts", "words" };

	private final Cells cells;

	DataSheet(Cells cells) {
		this.cells = cells;
	}

	void write(List<AuthorMonthTheme> aggregates, Sheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		ColumnWidths widths = new ColumnWidths(40, 8, 24, 10, 12);
		widths.fit(1, 8);
		widths.fit(3, 8);
		widths.fit(4, 10);
		Row header = sheet.createRow(0);
		for (int column = 0; column < HEADERS.length; column++) {
			this.cells.text(header, column, HEADERS[column], (column >= 3) ? styles.numberHeader() : styles.header());
		}
		int rowIndex = 1;
		for (AuthorMonthTheme aggregate : aggregates) {
			Row row = sheet.createRow(rowIndex++);
			widths.fit(0, this.cells.text(row, 0, aggregate.author()));
			this.cells.text(row, 1, aggregate.month().toString());
			widths.fit(2, this.cells.text(row, 2, aggregate.theme().id()));
			this.cells.number(row, 3, aggregate.posts(), styles.count());
			this.cells.number(row, 4, aggregate.words(), styles.count());
		}
		widths.applyTo(sheet);
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, HEADERS.length - 1));
		Sheets.printOnePageWide(sheet, false, 0);
	}

}
