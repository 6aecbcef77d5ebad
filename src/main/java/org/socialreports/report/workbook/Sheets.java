package org.socialreports.report.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * What every sheet of the workbook shares: its name and how it prints.
 */
final class Sheets {

	/**
	 * The tidy table's sheet keeps this name in every language: pivot tables and queries that a
	 * manager builds on it refer to it by name.
	 */
	static final String DATA = "Data";

	private Sheets() {
	}

	/** A label as a sheet name: at most 31 characters, none of those Excel forbids. */
	static String name(String label) {
		return WorkbookUtil.createSafeSheetName(label);
	}

	/** Landscape, as wide as one page, as long as it takes. */
	static void printOnePageWide(Sheet sheet) {
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

}
