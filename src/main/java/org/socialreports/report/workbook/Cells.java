package org.socialreports.report.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes typed values into cells: text always as a string (never a formula), numbers as
 * numbers, dates as real dates, so that a manager can sort, filter and sum them.
 */
final class Cells {

	private final WorkbookStyles styles;

	Cells(WorkbookStyles styles) {
		this.styles = styles;
	}

	WorkbookStyles styles() {
		return this.styles;
	}

	/**
	 * Writes text as it was written, but safe, and no cell for no text; returns the length
	 * shown, for column widths.
	 */
	int text(Row row, int column, String text) {
		return text(row, column, text, this.styles.text());
	}

	int text(Row row, int column, String text, CellStyle style) {
		String safe = SafeText.of(text);
		// no text, no cell: a blank that a filter shows as "(Blanks)", and none of the million
		// empty cells a Posts sheet of text archives (no categories) would otherwise stream
		if (safe.isEmpty()) {
			return 0;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(safe);
		// a quote prefix keeps "=HYPERLINK(…)" text even when someone edits the cell later
		cell.setCellStyle(SafeText.looksLikeFormula(safe) ? this.styles.literal() : style);
		return safe.length();
	}

	/** A cell with no value, only for its style: the rule above a total row, say. */
	void blank(Row row, int column, CellStyle style) {
		row.createCell(column).setCellStyle(style);
	}

	void number(Row row, int column, double value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	void date(Row row, int column, LocalDate date, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(date);
		cell.setCellStyle(style);
	}

}
