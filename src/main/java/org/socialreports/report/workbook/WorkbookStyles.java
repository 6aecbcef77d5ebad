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
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of the workbook, created once: a workbook holds at most 64,000 styles, so a
 * style per cell would fail on a large archive and bloat the file long before.
 *
 * @param literal plain text that a spreadsheet must never read as a formula, even once edited
 * @param wrapped long text (a title, terms, a path) wrapped within its column, so that it prints
 * within the page rather than spill past its edge
 * @param sentence a sentence across merged cells, wrapped, from the top
 * @param numberHeader the header of a column of figures, on their side: right
 */
record WorkbookStyles(CellStyle title, CellStyle section, CellStyle header, CellStyle label, CellStyle text,
		CellStyle literal, CellStyle note, CellStyle rank, CellStyle date, CellStyle month, CellStyle count, CellStyle score,
		CellStyle share, CellStyle change, CellStyle boldCount, CellStyle totalLabel, CellStyle totalCount, CellStyle totalShare,
		CellStyle wrapped, CellStyle sentence, CellStyle warning, CellStyle average, CellStyle ratio,
		CellStyle numberHeader) {

	/**
	 * @param locale the report's language: dates name their months in it whatever the language
	 * of the spreadsheet program that opens the file
	 */
	static WorkbookStyles of(Workbook workbook, Locale locale) {
		// Excel's locale prefix, [$-<Windows locale id>]; French is 0x40C, English 0x409
		String language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "[$-40C]" : "[$-409]";
		Font bold = font(workbook);
		bold.setBold(true);
		Font titleFont = font(workbook);
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 16);
		Font sectionFont = font(workbook);
		sectionFont.setBold(true);
		sectionFont.setFontHeightInPoints((short) 12);
		Font italic = font(workbook);
		italic.setItalic(true);
		var formats = workbook.createDataFormat();

		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle numberHeader = workbook.createCellStyle();
		numberHeader.cloneStyleFrom(header);
		numberHeader.setAlignment(HorizontalAlignment.RIGHT);

		CellStyle literal = workbook.createCellStyle();
		literal.setQuotePrefixed(true);

		CellStyle rank = workbook.createCellStyle();
		rank.setAlignment(HorizontalAlignment.CENTER);

		CellStyle totalLabel = workbook.createCellStyle();
		totalLabel.setFont(bold);
		totalLabel.setBorderTop(BorderStyle.THIN);

		CellStyle wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle sentence = workbook.createCellStyle();
		sentence.setWrapText(true);
		sentence.setVerticalAlignment(VerticalAlignment.TOP);
		Font warningFont = font(workbook);
		warningFont.setBold(true);
		warningFont.setColor(IndexedColors.DARK_RED.getIndex());
		CellStyle warning = withFont(workbook, warningFont);

		WorkbookStyles styles = new WorkbookStyles(withFont(workbook, titleFont), withFont(workbook, sectionFont), header,
				withFont(workbook, bold), workbook.createCellStyle(), literal, withFont(workbook, italic), rank,
				formatted(workbook, formats.getFormat(language + "d mmm yyyy"), null),
				formatted(workbook, formats.getFormat(language + "mmm yyyy"), null), formatted(workbook, formats.getFormat("#,##0"), null),
				formatted(workbook, formats.getFormat("0.000"), null), formatted(workbook, formats.getFormat("0.0%"), null),
				formatted(workbook, formats.getFormat("+#,##0;-#,##0;0"), null), bold(workbook, formats.getFormat("#,##0"), bold),
				totalLabel,
				formatted(workbook, formats.getFormat("#,##0"), bold), formatted(workbook, formats.getFormat("0.0%"), bold),
				wrapped, sentence, warning, formatted(workbook, formats.getFormat("0.0"), null),
				formatted(workbook, formats.getFormat("0.0\" ×\""), null), numberHeader);
		// a row whose title wraps onto lines: its date, numbers and other text stand at its top, level with the title's first line
		for (int index = 0; index < workbook.getNumCellStyles(); index++) {
			workbook.getCellStyleAt(index).setVerticalAlignment(VerticalAlignment.TOP);
		}
		return styles;
	}

	/**
	 * A font of the workbook's own face: as its default font, the theme's minor one, so that a
	 * bold total and the plain figures of its row are drawn in the same face and size (a font
	 * named outside the theme was drawn larger than its row by LibreOffice).
	 */
	private static Font font(Workbook workbook) {
		Font font = workbook.createFont();
		if (font instanceof XSSFFont xssf) {
			xssf.setFamily(FontFamily.SWISS);
			xssf.setScheme(FontScheme.MINOR);
		}
		return font;
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
