package org.socialreports.report.workbook;

import org.apache.poi.ss.usermodel.Row;

/**
 * The height of a row whose text wraps: spreadsheets do not grow a row for its wrapped text by
 * themselves when they open a file (LibreOffice does not, nor Excel for merged cells), so a row
 * is given the height of its longest cell's lines, counted from the text's length and the
 * column's width, a little generously: a line of proportional text holds about as many
 * characters as the column is wide.
 */
final class RowHeights {

	/** The points of one line of the default font, with its spacing. */
	static final float LINE_POINTS = 15;

	/** More lines than this and a cell shows its start: a row of a list stays a row. */
	static final int MAX_LINES = 6;

	private RowHeights() {
	}

	/**
	 * The lines a text of proportional characters takes in a column of the given width in
	 * characters (widths count the widest digits: a line holds some 15% more letters); from its
	 * length alone, cheap enough for every post.
	 */
	static int lines(int length, int width) {
		int perLine = Math.max(1, width * 115 / 100);
		if (length <= perLine) {
			return 1;
		}
		return Math.min(MAX_LINES, (length + perLine - 1) / perLine);
	}

	/** The lines a header takes, wrapped between its words, in bold: about a character a character. */
	static int headerLines(String text, int width) {
		int lines = 1;
		int used = 0;
		for (String word : text.split(" ")) {
			int length = word.length();
			if (used > 0 && used + 1 + length > width) {
				lines++;
				used = length;
			}
			else {
				used += (used > 0) ? 1 + length : length;
			}
		}
		return lines;
	}

	/** Gives the row the height of the given number of lines, if more than one. */
	static void fit(Row row, int lines) {
		if (lines > 1) {
			row.setHeightInPoints(lines * LINE_POINTS + 2);
		}
	}

}
