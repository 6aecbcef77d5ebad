package org.socialreports.report.workbook;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * What every sheet of the workbook shares: its name and how it prints. Every sheet prints on
 * A4, as wide as one page (landscape where it is wide), its header rows repeated on each page,
 * with the sheet's name and "page of pages" at the foot; long text is wrapped within its column
 * by the sheets themselves, so that none runs past the page's edge.
 */
final class Sheets {

	/**
	 * The tidy table's sheet keeps this name in every language: pivot tables and queries that a
	 * manager builds on it refer to it by name.
	 */
	static final String DATA = "Data";

	/** Width of A4 landscape within the margins below, in pixels at 96 dpi: 11.69 in less 0.8 in. */
	static final int LANDSCAPE_WIDTH_PIXELS = 1045;

	private Sheets() {
	}

	/** A label as a sheet name: at most 31 characters, none of those Excel forbids. */
	static String name(String label) {
		return WorkbookUtil.createSafeSheetName(label);
	}

	/**
	 * One page wide, as long as it takes.
	 * @param headerRow the row repeated at the top of each page, or -1 for none
	 */
	static void printOnePageWide(Sheet sheet, boolean landscape, int headerRow) {
		sheet.setFitToPage(true);
		PrintSetup setup = page(sheet, landscape, headerRow);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
	}

	/**
	 * At a fixed scale, for a sheet split into pages by columns as well (spreadsheets ignore
	 * manual page breaks once a sheet is fitted to a page); pages follow one another across,
	 * then down, so that the parts of the same rows print one after the other.
	 */
	static void printScaled(Sheet sheet, int scale, int headerRow) {
		sheet.setFitToPage(false);
		PrintSetup setup = page(sheet, true, headerRow);
		setup.setScale((short) scale);
		setup.setLeftToRight(true);
	}

	private static PrintSetup page(Sheet sheet, boolean landscape, int headerRow) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(landscape);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.setMargin(Sheet.HeaderMargin, 0.2);
		sheet.setMargin(Sheet.FooterMargin, 0.25);
		Footer footer = sheet.getFooter();
		footer.setLeft("&A");
		footer.setRight("&P / &N");
		if (headerRow >= 0) {
			sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
		}
		return setup;
	}

	/** The pixels a column of the given width in characters takes, as Excel lays out Calibri 11. */
	static int pixels(int characters) {
		return (characters + ColumnWidths.PADDING) * 7 + 5;
	}

}
