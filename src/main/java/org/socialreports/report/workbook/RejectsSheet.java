package org.socialreports.report.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.socialreports.ingest.Reject;
import org.socialreports.report.ReportMessages;

/**
 * What could not be read, where and why, so that someone can fix the archive.
 */
final class RejectsSheet {

	private final Cells cells;

	private final ReportMessages messages;

	RejectsSheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
	}

	void write(List<Reject> rejects, Sheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		ColumnWidths widths = new ColumnWidths(46, 8, 72);
		Row header = sheet.createRow(0);
		String[] keys = { "column.source", "column.line", "column.reason" };
		for (int column = 0; column < keys.length; column++) {
			String label = this.messages.get(keys[column]);
			widths.fitHeader(column, label);
			this.cells.text(header, column, label, styles.header());
		}
		int rowIndex = 1;
		for (Reject reject : rejects) {
			Row row = sheet.createRow(rowIndex++);
			widths.fit(0, this.cells.text(row, 0, reject.source(), styles.wrapped()));
			this.cells.number(row, 1, reject.line(), styles.count());
			widths.fit(2, this.cells.text(row, 2, reject.reason(), styles.wrapped()));
		}
		widths.applyTo(sheet);
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, keys.length - 1));
		Sheets.printOnePageWide(sheet, true, 0);
	}

}
