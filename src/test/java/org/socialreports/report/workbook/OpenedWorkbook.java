package org.socialreports.report.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A written workbook reopened read-only with POI, as a reader would see it.
 */
final class OpenedWorkbook implements AutoCloseable {

	private final XSSFWorkbook workbook;

	private OpenedWorkbook(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	static OpenedWorkbook open(Path file) throws IOException {
		try {
			return new OpenedWorkbook(new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ)));
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	XSSFWorkbook workbook() {
		return this.workbook;
	}

	List<String> sheetNames() {
		List<String> names = new ArrayList<>();
		this.workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	Sheet sheet(String name) {
		Sheet sheet = this.workbook.getSheet(name);
		if (sheet == null) {
			throw new AssertionError("no sheet '" + name + "' in " + sheetNames());
		}
		return sheet;
	}

	/** The row whose first cell holds the given text. */
	Row rowLabelled(String sheetName, String label) {
		for (Row row : sheet(sheetName)) {
			Cell first = row.getCell(0);
			if (first != null && label.equals(plain(first))) {
				return row;
			}
		}
		throw new AssertionError("no row labelled '" + label + "' in " + sheetName);
	}

	/** Every row of a sheet as the comma-separated text of its cells, as a CSV would hold them. */
	List<String> rowsAsCsv(String sheetName) {
		List<String> rows = new ArrayList<>();
		for (Row row : sheet(sheetName)) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < row.getLastCellNum(); column++) {
				cells.add(plain(row.getCell(column)));
			}
			rows.add(String.join(",", cells));
		}
		return rows;
	}

	/** A cell's value without its display format: whole numbers without separators. */
	static String plain(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
		}
		return cell.getStringCellValue();
	}

	@Override
	public void close() throws IOException {
		this.workbook.getPackage().revert();
	}

}
