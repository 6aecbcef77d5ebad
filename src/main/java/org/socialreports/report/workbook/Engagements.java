package org.socialreports.report.workbook;

import org.apache.poi.ss.usermodel.Row;

import org.socialreports.ingest.Engagement;

/**
 * A post's likes, reposts and replies in three cells; a count its export does not give is no
 * cell at all, never a zero.
 */
final class Engagements {

	private Engagements() {
	}

	static void write(Cells cells, Row row, int firstColumn, Engagement engagement) {
		count(cells, row, firstColumn, engagement.likes());
		count(cells, row, firstColumn + 1, engagement.reposts());
		count(cells, row, firstColumn + 2, engagement.replies());
	}

	private static void count(Cells cells, Row row, int column, Long count) {
		if (count != null) {
			cells.number(row, column, count, cells.styles().count());
		}
	}

}
