package org.socialreports.report.workbook;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.report.ReportMessages;

/**
 * For each theme, its highest-scoring posts and the terms that put them there, so that a
 * manager sees what the theme is made of and why a post belongs to it.
 */
final class TopPostsSheet {

	private static final String[] COLUMNS = { "column.rank", "column.title", "column.author", "column.date",
			"column.score", "column.matched-terms" };

	private final Cells cells;

	private final ReportMessages messages;

	TopPostsSheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
	}

	void write(List<Theme> themes, Map<Theme, List<ClassifiedPost>> topPosts, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		ColumnWidths widths = new ColumnWidths(4, 90, 30, 13, 8, 60);
		widths.fit(3, 12);
		int rowIndex = 0;
		for (Theme theme : themes) {
			this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.theme(theme), styles.section());
			Row header = sheet.createRow(rowIndex++);
			for (int column = 0; column < COLUMNS.length; column++) {
				String label = this.messages.get(COLUMNS[column]);
				// the columns are wide enough for their header on one line
				widths.fit(column, label.length());
				this.cells.text(header, column, label, styles.header());
			}
			List<ClassifiedPost> posts = topPosts.getOrDefault(theme, List.of());
			if (posts.isEmpty()) {
				this.cells.text(sheet.createRow(rowIndex++), 1, this.messages.get("top.none"), styles.note());
			}
			int rank = 1;
			for (ClassifiedPost post : posts) {
				Row row = sheet.createRow(rowIndex++);
				this.cells.number(row, 0, rank++, styles.rank());
				widths.fit(1, this.cells.text(row, 1, post.title()));
				widths.fit(2, this.cells.text(row, 2, post.author()));
				this.cells.date(row, 3, post.date(), styles.date());
				this.cells.number(row, 4, post.classification().score(), styles.score());
				widths.fit(5, this.cells.text(row, 5, String.join(", ", post.classification().matchedTerms())));
			}
			rowIndex++;
		}
		widths.applyTo(sheet);
		Sheets.printOnePageWide(sheet);
	}

}
