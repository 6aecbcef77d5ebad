package org.socialreports.report.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.report.PostRows;
import org.socialreports.report.ReportMessages;

/**
 * Every post, one per row, streamed: rows go to a temporary file once out of the window, so
 * memory stays flat however many posts there are. Posts beyond what a sheet holds continue on
 * {@code Posts (2)}, {@code Posts (3)}…
 */
final class PostsSheets {

	private final SXSSFWorkbook workbook;

	private final Cells cells;

	private final ReportMessages messages;

	private final List<Theme> themes;

	private final int postsPerSheet;

	private final List<String> headers = new ArrayList<>();

	private final List<String> sheetNames = new ArrayList<>();

	private SXSSFSheet sheet;

	private ColumnWidths widths;

	private int rows;

	/** @param themes the taxonomy's themes: a column of scores each */
	PostsSheets(SXSSFWorkbook workbook, Cells cells, ReportMessages messages, List<Theme> themes, int postsPerSheet) {
		this.workbook = workbook;
		this.cells = cells;
		this.messages = messages;
		this.themes = List.copyOf(themes);
		this.postsPerSheet = postsPerSheet;
		for (String key : new String[] { "column.date", "column.author", "column.title", "column.theme",
				"column.score" }) {
			this.headers.add(messages.get(key));
		}
		for (Theme theme : this.themes) {
			this.headers.add(messages.get("column.score-of", messages.theme(theme)));
		}
		for (String key : new String[] { "column.matched-terms", "column.categories", "column.words",
				"column.source", "column.line" }) {
			this.headers.add(messages.get(key));
		}
	}

	/** Writes the posts; returns the names of the sheets that hold them. */
	List<String> write(PostRows posts) {
		posts.forEach(this::add);
		if (this.sheet == null) {
			startSheet();
		}
		finishSheet();
		return List.copyOf(this.sheetNames);
	}

	private void add(ClassifiedPost post) {
		if (this.sheet == null || this.rows == this.postsPerSheet) {
			finishSheet();
			startSheet();
		}
		WorkbookStyles styles = this.cells.styles();
		var classification = post.classification();
		SXSSFRow row = this.sheet.createRow(++this.rows);
		int column = 0;
		this.cells.date(row, column++, post.date(), styles.date());
		this.widths.fit(column, this.cells.text(row, column++, post.author()));
		this.widths.fit(column, this.cells.text(row, column++, post.title()));
		this.widths.fit(column, this.cells.text(row, column++, this.messages.theme(classification.theme())));
		this.cells.number(row, column++, classification.score(), styles.score());
		for (Theme theme : this.themes) {
			this.cells.number(row, column++, classification.scoreOf(theme), styles.score());
		}
		this.widths.fit(column, this.cells.text(row, column++, String.join(", ", classification.matchedTerms())));
		this.widths.fit(column, this.cells.text(row, column++, String.join(", ", post.categories())));
		this.cells.number(row, column++, post.words(), styles.count());
		this.widths.fit(column, this.cells.text(row, column++, post.source()));
		this.cells.number(row, column, post.line(), styles.count());
	}

	private void startSheet() {
		int number = this.sheetNames.size() + 1;
		String name = Sheets.name((number == 1) ? this.messages.get("sheet.posts")
				: this.messages.get("sheet.posts-continued", String.valueOf(number)));
		this.sheet = this.workbook.createSheet(name);
		this.sheetNames.add(name);
		this.rows = 0;
		this.widths = new ColumnWidths(columnBounds());
		this.widths.fit(0, 12);
		SXSSFRow header = this.sheet.createRow(0);
		for (int column = 0; column < this.headers.size(); column++) {
			this.widths.fitHeader(column, this.headers.get(column));
			this.cells.text(header, column, this.headers.get(column), this.cells.styles().header());
		}
		this.widths.fitHeight(header);
		this.sheet.createFreezePane(0, 1);
		this.sheet.getPrintSetup().setLandscape(true);
		this.sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, this.headers.size() - 1));
	}

	/** Date, author, title, theme, score, a score per theme, terms, categories, words, source, line. */
	private int[] columnBounds() {
		int[] bounds = new int[this.headers.size()];
		int[] before = { 13, 30, 70, 28, 8 };
		int[] after = { 50, 40, 8, 40, 8 };
		System.arraycopy(before, 0, bounds, 0, before.length);
		Arrays.fill(bounds, before.length, before.length + this.themes.size(), 16);
		System.arraycopy(after, 0, bounds, bounds.length - after.length, after.length);
		return bounds;
	}

	// Widths and the filter's range are only known once the sheet's last row is written; both
	// live outside the streamed rows, so they can still be set then.
	private void finishSheet() {
		if (this.sheet == null) {
			return;
		}
		this.widths.applyTo(this.sheet);
		this.sheet.setAutoFilter(new CellRangeAddress(0, this.rows, 0, this.headers.size() - 1));
	}

}
