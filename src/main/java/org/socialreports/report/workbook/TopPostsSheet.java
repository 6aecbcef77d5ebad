package org.socialreports.report.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.report.PostFigures;
import org.socialreports.report.PostTitles;
import org.socialreports.report.ReportMessages;
import org.socialreports.report.ReportWords;

/**
 * For each theme, its highest-scoring posts and the terms that put them there, so that a
 * manager sees what the theme is made of and why a post belongs to it; beside them, where the
 * exports count engagement, the theme's posts that drew the most.
 */
final class TopPostsSheet {

	static final String[] COLUMNS = { "column.rank", "column.title", "column.author", "column.date",
			"column.network", "column.score", "column.likes", "column.reposts", "column.replies",
			"column.matched-terms" };

	// the widths of the columns whose text wraps, fixed: a row's height follows from them
	private static final int TITLE = 50;

	private static final int AUTHOR = 22;

	private static final int TERMS = 36;

	private final Cells cells;

	private final ReportMessages messages;

	private final ReportWords words;

	TopPostsSheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
		this.words = new ReportWords(messages.locale());
	}

	void write(List<Theme> themes, PostFigures posts, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		// titles and terms wrap within their columns, so that the sheet prints one page wide
		ColumnWidths widths = new ColumnWidths(4, TITLE, AUTHOR, 12, 12, 7, 8, 8, 8, TERMS);
		widths.fit(1, TITLE);
		widths.fit(2, AUTHOR);
		widths.fit(3, 12);
		widths.fit(9, TERMS);
		for (int column = 0; column < COLUMNS.length; column++) {
			widths.fitHeader(column, this.messages.get(COLUMNS[column]));
		}
		int rowIndex = 0;
		for (Theme theme : themes) {
			this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.theme(theme), styles.section());
			rowIndex = block(sheet, widths, rowIndex, posts.topByScore().getOrDefault(theme, List.of()), "top.none");
			List<ClassifiedPost> engaging = posts.topByEngagement().getOrDefault(theme, List.of());
			if (!engaging.isEmpty()) {
				this.cells.text(sheet.createRow(rowIndex++), 1, this.messages.get("top.by-engagement"),
						styles.label());
				rowIndex = block(sheet, widths, rowIndex, engaging, "top.none");
			}
			rowIndex++;
		}
		widths.applyTo(sheet);
		Sheets.printOnePageWide(sheet, true, -1);
	}

	private int block(XSSFSheet sheet, ColumnWidths widths, int rowIndex, List<ClassifiedPost> posts, String none) {
		WorkbookStyles styles = this.cells.styles();
		Row header = sheet.createRow(rowIndex++);
		for (int column = 0; column < COLUMNS.length; column++) {
			this.cells.text(header, column, this.messages.get(COLUMNS[column]),
					(column >= 5 && column <= 8) ? styles.numberHeader() : styles.header());
		}
		widths.fitHeight(header);
		if (posts.isEmpty()) {
			this.cells.text(sheet.createRow(rowIndex++), 1, this.messages.get(none), styles.note());
		}
		int rank = 1;
		for (ClassifiedPost post : posts) {
			Row row = sheet.createRow(rowIndex++);
			this.cells.number(row, 0, rank++, styles.rank());
			int lines = RowHeights.lines(this.cells.text(row, 1, PostTitles.shown(post.title()), styles.wrapped()),
					TITLE);
			lines = Math.max(lines, RowHeights.lines(this.cells.text(row, 2, post.author(), styles.wrapped()), AUTHOR));
			this.cells.date(row, 3, post.date(), styles.date());
			widths.fit(4, this.cells.text(row, 4, this.messages.get("network." + post.origin().network().id())));
			this.cells.number(row, 5, post.classification().score(), styles.score());
			Engagements.write(this.cells, row, 6, post.engagement());
			String decidedBy = String.join(", ", this.words.decidedBy(post.classification()));
			lines = Math.max(lines, RowHeights.lines(this.cells.text(row, 9, decidedBy, styles.wrapped()),
					TERMS));
			RowHeights.fit(row, lines);
		}
		return rowIndex;
	}

}
