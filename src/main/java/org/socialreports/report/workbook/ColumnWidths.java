package org.socialreports.report.workbook;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from the longest text written in each column, within bounds, as rows
 * go by. {@code autoSizeColumn} would need every row in memory (and AWT fonts), which a
 * streamed sheet of a million posts cannot offer.
 */
final class ColumnWidths {

	private static final int MIN_CHARACTERS = 6;

	/** Characters added to each column for the cell's padding and the filter button. */
	static final int PADDING = 2;

	/** Headers up to this long stay on one line; longer ones wrap onto two. */
	private static final int ONE_LINE_HEADER = 14;

	private final int[] characters;

	private final int[] maxCharacters;

	private final String[] headers;

	/** @param maxCharacters per column, the widest it may grow, in characters */
	ColumnWidths(int... maxCharacters) {
		this.maxCharacters = maxCharacters.clone();
		this.characters = new int[maxCharacters.length];
		this.headers = new String[maxCharacters.length];
		Arrays.fill(this.characters, MIN_CHARACTERS);
	}

	/** Widens the column to show this many characters, within its bound. */
	void fit(int column, int length) {
		int bounded = Math.min(length, this.maxCharacters[column]);
		if (bounded > this.characters[column]) {
			this.characters[column] = bounded;
		}
	}

	/** Widens the column for its header: on one line when short, else on two, cut between words. */
	void fitHeader(int column, String header) {
		this.headers[column] = header;
		if (header.length() <= ONE_LINE_HEADER) {
			fit(column, header.length());
			return;
		}
		int best = header.length();
		for (int space = header.indexOf(' '); space >= 0; space = header.indexOf(' ', space + 1)) {
			best = Math.min(best, Math.max(space, header.length() - space - 1));
		}
		fit(column, best);
	}

	/** Gives the header row the height of its longest header's lines: rows do not grow by themselves. */
	void fitHeight(Row header) {
		int lines = 1;
		for (int column = 0; column < this.headers.length; column++) {
			if (this.headers[column] != null) {
				lines = Math.max(lines, RowHeights.headerLines(this.headers[column], this.characters[column]));
			}
		}
		if (lines > 1) {
			header.setHeightInPoints(lines * header.getSheet().getDefaultRowHeightInPoints() + 2);
		}
	}

	/** The width of the column, in characters, padding included. */
	int width(int column) {
		return this.characters[column] + PADDING;
	}

	void applyTo(Sheet sheet) {
		for (int column = 0; column < this.characters.length; column++) {
			// a width is in 1/256 of a character; two more for the cell's padding and the filter button
			sheet.setColumnWidth(column, (this.characters[column] + PADDING) * 256);
		}
	}

	void applyTo(Sheet sheet, Row header) {
		applyTo(sheet);
		fitHeight(header);
	}

}
