package org.socialreports.report.workbook;

import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style of the workbook, created once: a workbook holds at most 64,000 styles, so a
 * style per cell would fail on a large archive and bloat the file long before.
 *
 * @param literal plain text that a spreadsheet must never read as a formula, even once edited
 */
record WorkbookStyles(CellStyle title, CellStyle section, CellStyle header, CellStyle label, CellStyle text,
		CellStyle literal, CellStyle note, CellStyle rank, CellStyle date, CellStyle month, CellStyle count, CellStyle score,
		CellStyle share, CellStyle change, CellStyle boldCount, CellStyle totalLabel, CellStyle totalCount, CellStyle totalShare) {

	/**
	 * @param locale the report's language: dates name their months in it whatever the language
	 * of the spreadsheet program that opens the file
	 */
	static WorkbookStyles of(Workbook workbook, Locale locale) {
		// Excel's locale prefix, [$-<Windows locale id>]; French is 0x40C, English 0x409
		String language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "[$-40C]" : "[$-409]";
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 16);
		Font sectionFont = workbook.createFont();
		sectionFont.setBold(true);
		sectionFont.setFontHeightInPoints((short) 12);
		Font italic = workbook.createFont();
		italic.setItalic(true);
		var formats = workbook.createDataFormat();

		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle literal = workbook.createCellStyle();
		literal.setQuotePrefixed(true);

		CellStyle rank = workbook.createCellStyle();
		rank.setAlignment(HorizontalAlignment.CENTER);

		CellStyle totalLabel = workbook.createCellStyle();
		totalLabel.setFont(bold);
		totalLabel.setBorderTop(BorderStyle.THIN);

		return new WorkbookStyles(withFont(workbook, titleFont), withFont(workbook, sectionFont), header,
				withFont(workbook, bold), workbook.createCellStyle(), literal, withFont(workbook, italic), rank,
				formatted(workbook, formats.getFormat(language + "d mmm yyyy"), null),
				formatted(workbook, formats.getFormat(language + "mmm yyyy"), null), formatted(workbook, formats.getFormat("#,##0"), null),
				formatted(workbook, formats.getFormat("0.000"), null), formatted(workbook, formats.getFormat("0.0%"), null),
				formatted(workbook, formats.getFormat("+#,##0;-#,##0;0"), null), bold(workbook, formats.getFormat("#,##0"), bold),
				totalLabel,
				formatted(workbook, formats.getFormat("#,##0"), bold), formatted(workbook, formats.getFormat("0.0%"), bold));
	}

	private static CellStyle withFont(Workbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static CellStyle bold(Workbook workbook, short format, Font bold) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		style.setFont(bold);
		return style;
	}

	private static CellStyle formatted(Workbook workbook, short format, Font totalFont) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		if (totalFont != null) {
			style.setFont(totalFont);
			style.setBorderTop(BorderStyle.THIN);
		}
		return style;
	}

}
