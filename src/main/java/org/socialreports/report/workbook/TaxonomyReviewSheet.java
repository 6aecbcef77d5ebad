package org.socialreports.report.workbook;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.socialreports.classify.TaxonomyReview;
import org.socialreports.report.PostTitles;
import org.socialreports.report.ReportMessages;

/**
 * For whoever keeps the taxonomy: the words typical of each theme's posts that the taxonomy
 * does not list yet, the words most frequent in the posts no theme took, and the posts whose
 * two best themes came closest, which a line of {@code jobs/overrides.csv} may settle.
 */
final class TaxonomyReviewSheet {

	private static final int TITLE = 60;

	private final Cells cells;

	private final ReportMessages messages;

	TaxonomyReviewSheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
	}

	void write(TaxonomyReview review, Sheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		ColumnWidths widths = new ColumnWidths(TITLE, 24, 12, 12, 12, 24, 24, 12);
		int rowIndex = 0;
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("sheet.taxonomy-review"), styles.title());
		String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(this.messages.locale())
			.format(review.day());
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("review.sample", review.sampledPosts(), day,
				TaxonomyReview.SAMPLED_PER_THEME),
				styles.note());
		rowIndex++;
		rowIndex = words(sheet, widths, rowIndex, "review.typical", review.typical(), true);
		rowIndex = words(sheet, widths, rowIndex + 1, "review.unclassified", review.unclassified(), false);
		closeCalls(sheet, widths, rowIndex + 1, review.closeCalls());
		widths.applyTo(sheet);
		Sheets.printOnePageWide(sheet, false, -1);
	}

	private int words(Sheet sheet, ColumnWidths widths, int rowIndex, String title, List<TaxonomyReview.Word> words,
			boolean ofThemes) {
		WorkbookStyles styles = this.cells.styles();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get(title), styles.section());
		if (words.isEmpty()) {
			this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("review.no-words"), styles.note());
			return rowIndex;
		}
		Row header = sheet.createRow(rowIndex++);
		List<String> columns = new ArrayList<>(List.of("column.word", "column.posts",
				ofThemes ? "column.share-of-theme" : "column.share-of-unclassified",
				ofThemes ? "column.share-elsewhere" : "column.share-of-classified"));
		if (ofThemes) {
			columns.add(0, "column.theme");
		}
		int firstNumber = columns.indexOf("column.posts");
		for (int column = 0; column < columns.size(); column++) {
			String label = this.messages.get(columns.get(column));
			widths.fitHeader(column, label);
			this.cells.text(header, column, label, (column < firstNumber) ? styles.header() : styles.numberHeader());
		}
		widths.fitHeight(header);
		for (TaxonomyReview.Word word : words) {
			Row row = sheet.createRow(rowIndex++);
			int column = 0;
			if (ofThemes) {
				widths.fit(column, this.cells.text(row, column++, this.messages.theme(word.theme()), styles.wrapped()));
			}
			widths.fit(column, this.cells.text(row, column++, word.written(), styles.literal()));
			this.cells.number(row, column++, word.posts(), styles.count());
			this.cells.number(row, column++, word.share(), styles.share());
			this.cells.number(row, column, word.elsewhere(), styles.share());
		}
		return rowIndex;
	}

	private void closeCalls(Sheet sheet, ColumnWidths widths, int rowIndex, List<TaxonomyReview.CloseCall> calls) {
		WorkbookStyles styles = this.cells.styles();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("review.close-calls"), styles.section());
		if (calls.isEmpty()) {
			this.cells.text(sheet.createRow(rowIndex), 0, this.messages.get("review.no-close-calls"), styles.note());
			return;
		}
		Row header = sheet.createRow(rowIndex++);
		// the title first, as on every sheet of posts; the two themes; then where to find the post
		String[] order = { "column.title", "column.theme", "column.score", "column.second-score",
				"column.closeness", "column.second-theme", "column.source", "column.entry" };
		for (int column = 0; column < order.length; column++) {
			String label = this.messages.get(order[column]);
			widths.fitHeader(column, label);
			boolean number = column >= 2 && column <= 4 || column == 7;
			this.cells.text(header, column, label, number ? styles.numberHeader() : styles.header());
		}
		widths.fitHeight(header);
		for (TaxonomyReview.CloseCall call : calls) {
			Row row = sheet.createRow(rowIndex++);
			// the title and the source are as wide as they need, up to their bound, then wrap
			int title = this.cells.text(row, 0, PostTitles.shown(call.title()), styles.wrapped());
			widths.fit(0, title);
			int lines = RowHeights.lines(title, TITLE);
			widths.fit(1, this.cells.text(row, 1, this.messages.theme(call.theme()), styles.wrapped()));
			this.cells.number(row, 2, call.score(), styles.score());
			this.cells.number(row, 3, call.secondScore(), styles.score());
			this.cells.number(row, 4, call.closeness(), styles.share());
			widths.fit(5, this.cells.text(row, 5, this.messages.theme(call.second()), styles.wrapped()));
			int source = this.cells.text(row, 6, call.source(), styles.wrapped());
			widths.fit(6, source);
			lines = Math.max(lines, RowHeights.lines(source, 24));
			this.cells.number(row, 7, call.entry(), styles.count());
			RowHeights.fit(row, lines);
		}
	}

}
