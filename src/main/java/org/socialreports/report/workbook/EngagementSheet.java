package org.socialreports.report.workbook;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.report.EngagementTotals;
import org.socialreports.report.PostFigures;
import org.socialreports.report.PostTitles;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportMessages;

/**
 * What the posts drew, where their exports count it: per network, per theme, per author, and
 * the posts that drew the most. A report of blogs says in a line that its archives count nothing.
 */
final class EngagementSheet {

	private static final String[] TOTALS = { "column.posts", "column.counted", "column.likes", "column.reposts",
			"column.replies", "column.per-post" };

	/** The first column's width: names, themes, titles, wrapped. */
	private static final int FIRST = 44;

	private final Cells cells;

	private final ReportMessages messages;

	EngagementSheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
	}

	void write(ReportFigures figures, PostFigures posts, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		ColumnWidths widths = new ColumnWidths(FIRST, 14, 14, 14, 14, 14, 14);
		widths.fit(0, FIRST);
		for (int column = 1; column < 7; column++) {
			widths.fit(column, 10);
		}
		int rowIndex = 0;
		if (!posts.hasEngagement()) {
			this.cells.text(sheet.createRow(rowIndex), 0, this.messages.get("engagement.none"), styles.note());
			widths.applyTo(sheet);
			Sheets.printOnePageWide(sheet, true, -1);
			return;
		}
		rowIndex = totals(sheet, widths, rowIndex, "engagement.by-network", "column.network",
				posts.byNetwork()
					.entrySet()
					.stream()
					.map((network) -> Map.entry(this.messages.get("network." + network.getKey().id()),
							network.getValue()))
					.toList());
		rowIndex = totals(sheet, widths, rowIndex + 1, "engagement.by-theme", "column.theme",
				figures.themes()
					.stream()
					.map((Theme theme) -> Map.entry(this.messages.theme(theme), posts.engagementOf(theme)))
					.toList());
		rowIndex = totals(sheet, widths, rowIndex + 1, "engagement.by-author", "column.author",
				posts.byAuthor()
					.entrySet()
					.stream()
					.sorted(Comparator
						.comparingLong((Map.Entry<String, EngagementTotals> author) -> author.getValue().total())
						.reversed()
						.thenComparing(Map.Entry::getKey))
					.toList());
		rowIndex++;
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("engagement.top"), styles.section());
		Row header = sheet.createRow(rowIndex++);
		String[] columns = { "column.title", "column.author", "column.network", "column.date", "column.likes",
				"column.reposts", "column.replies" };
		for (int column = 0; column < columns.length; column++) {
			this.cells.text(header, column, this.messages.get(columns[column]), styles.header());
		}
		for (ClassifiedPost post : posts.mostEngaging()) {
			Row row = sheet.createRow(rowIndex++);
			int lines = RowHeights.lines(this.cells.text(row, 0, PostTitles.shown(post.title()), styles.wrapped()),
					FIRST);
			RowHeights.fit(row,
					Math.max(lines, RowHeights.lines(this.cells.text(row, 1, post.author(), styles.wrapped()), 14)));
			this.cells.text(row, 2, this.messages.get("network." + post.origin().network().id()));
			this.cells.date(row, 3, post.date(), styles.date());
			Engagements.write(this.cells, row, 4, post.engagement());
		}
		widths.applyTo(sheet);
		Sheets.printOnePageWide(sheet, true, -1);
	}

	private int totals(XSSFSheet sheet, ColumnWidths widths, int rowIndex, String title, String firstColumn,
			List<Map.Entry<String, EngagementTotals>> rows) {
		WorkbookStyles styles = this.cells.styles();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get(title), styles.section());
		Row header = sheet.createRow(rowIndex++);
		this.cells.text(header, 0, this.messages.get(firstColumn), styles.header());
		for (int column = 0; column < TOTALS.length; column++) {
			String label = this.messages.get(TOTALS[column]);
			widths.fitHeader(column + 1, label);
			this.cells.text(header, column + 1, label, styles.numberHeader());
		}
		widths.fitHeight(header);
		for (Map.Entry<String, EngagementTotals> entry : rows) {
			EngagementTotals totals = entry.getValue();
			Row row = sheet.createRow(rowIndex++);
			RowHeights.fit(row, RowHeights.lines(this.cells.text(row, 0, entry.getKey(), styles.wrapped()), FIRST));
			this.cells.number(row, 1, totals.posts(), styles.count());
			this.cells.number(row, 2, totals.counted(), styles.count());
			if (totals.counted() > 0) {
				// a count that no export of the group gives is no cell, never a zero
				if (totals.likesCounted() > 0) {
					this.cells.number(row, 3, totals.likes(), styles.count());
				}
				if (totals.repostsCounted() > 0) {
					this.cells.number(row, 4, totals.reposts(), styles.count());
				}
				if (totals.repliesCounted() > 0) {
					this.cells.number(row, 5, totals.replies(), styles.count());
				}
				this.cells.number(row, 6, totals.perPost(), styles.average());
			}
		}
		return rowIndex;
	}

}
