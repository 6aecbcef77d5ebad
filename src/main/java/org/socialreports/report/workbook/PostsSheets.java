package org.socialreports.report.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.report.PostRows;
import org.socialreports.report.PostTitles;
import org.socialreports.report.ReportMessages;
import org.socialreports.report.ReportWords;

/**
 * Every post, one per row, streamed: rows go to a temporary file once out of the window, so
 * memory stays flat however many posts there are. Posts beyond what a sheet holds continue on
 * {@code Posts (2)}, {@code Posts (3)}…
 * <p>
 * The columns a reader looks at come first (date, title, author, theme, score, network, kind,
 * engagement, terms), those for analysis after (each theme's score, categories, words, source,
 * line, address). Printed, the sheet is cut between the two, each part scaled to the page's
 * width, the date and title repeated at the left of the second, and the two parts of the same
 * rows print one after the other: too many columns for one page at a legible size, and none
 * left alone on a page.
 */
final class PostsSheets {

	// the widths of the columns whose text wraps, fixed: a row's height follows from them
	private static final int TITLE = 46;

	private static final int AUTHOR = 20;

	private static final int TERMS = 30;

	private static final int CATEGORIES = 26;

	private static final int SOURCE = 30;

	private static final int URL = 34;

	/** The columns of the first printed part: date to terms. */
	static final int FIRST_PART = 11;

	/** The columns repeated at the left of the second printed part: date and title. */
	static final int REPEATED = 2;

	private final SXSSFWorkbook workbook;

	private final Cells cells;

	private final ReportMessages messages;

	private final ReportWords words;

	private final List<Theme> themes;

	private final int postsPerSheet;

	private final List<String> headers = new ArrayList<>();

	private final List<String> sheetNames = new ArrayList<>();

	private final Map<Network, String> networks = new EnumMap<>(Network.class);

	private final Map<PostKind, String> kinds = new EnumMap<>(PostKind.class);

	private SXSSFSheet sheet;

	private ColumnWidths widths;

	private int rows;

	/** @param themes the taxonomy's themes: a column of scores each */
	PostsSheets(SXSSFWorkbook workbook, Cells cells, ReportMessages messages, List<Theme> themes, int postsPerSheet) {
		this.workbook = workbook;
		this.cells = cells;
		this.messages = messages;
		this.words = new ReportWords(messages.locale());
		this.themes = List.copyOf(themes);
		this.postsPerSheet = postsPerSheet;
		for (String key : new String[] { "column.date", "column.title", "column.author", "column.theme",
				"column.score", "column.network", "column.kind", "column.likes", "column.reposts", "column.replies",
				"column.matched-terms" }) {
			this.headers.add(messages.get(key));
		}
		for (Theme theme : this.themes) {
			this.headers.add(messages.get("column.score-of", messages.theme(theme)));
		}
		for (String key : new String[] { "column.categories", "column.words", "column.source", "column.line",
				"column.url" }) {
			this.headers.add(messages.get(key));
		}
		for (Network network : Network.values()) {
			this.networks.put(network, messages.get("network." + network.id()));
		}
		for (PostKind kind : PostKind.values()) {
			this.kinds.put(kind, messages.get("kind." + kind.id()));
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
		int lines = RowHeights.lines(this.cells.text(row, column++, PostTitles.of(post.title()), styles.wrapped()),
				TITLE);
		lines = Math.max(lines, RowHeights.lines(this.cells.text(row, column++, post.author(), styles.wrapped()), AUTHOR));
		this.widths.fit(column, this.cells.text(row, column++, this.messages.theme(classification.theme())));
		this.cells.number(row, column++, classification.score(), styles.score());
		this.widths.fit(column, this.cells.text(row, column++, this.networks.get(post.origin().network())));
		this.cells.text(row, column++, this.kinds.get(post.origin().kind()));
		Engagements.write(this.cells, row, column, post.engagement());
		column += 3;
		lines = Math.max(lines, RowHeights.lines(
				this.cells.text(row, column++, String.join(", ", this.words.decidedBy(classification)), styles.wrapped()),
				TERMS));
		for (Theme theme : this.themes) {
			this.cells.number(row, column++, classification.scoreOf(theme), styles.score());
		}
		lines = Math.max(lines, RowHeights.lines(
				this.cells.text(row, column++, String.join(", ", post.categories()), styles.wrapped()), CATEGORIES));
		this.cells.number(row, column++, post.words(), styles.count());
		lines = Math.max(lines, RowHeights.lines(this.cells.text(row, column++, post.source(), styles.wrapped()), SOURCE));
		this.cells.number(row, column++, post.line(), styles.count());
		lines = Math.max(lines, RowHeights.lines(this.cells.text(row, column, post.origin().url(), styles.wrapped()), URL));
		RowHeights.fit(row, lines);
	}

	private void startSheet() {
		int number = this.sheetNames.size() + 1;
		String name = Sheets.name((number == 1) ? this.messages.get("sheet.posts")
				: this.messages.get("sheet.posts-continued", String.valueOf(number)));
		this.sheet = this.workbook.createSheet(name);
		this.sheetNames.add(name);
		this.rows = 0;
		this.widths = new ColumnWidths(columnBounds());
		for (int column : new int[] { 1, 2, 10, this.headers.size() - 5, this.headers.size() - 3,
				this.headers.size() - 1 }) {
			// wrapped: as wide as their bound from the first row, so that each row's height is known as it is written
			this.widths.fit(column, Integer.MAX_VALUE);
		}
		this.widths.fit(0, 12);
		for (int column = 4; column < FIRST_PART - 1; column++) {
			this.widths.fit(column, 6);
		}
		SXSSFRow header = this.sheet.createRow(0);
		for (int column = 0; column < this.headers.size(); column++) {
			this.widths.fitHeader(column, this.headers.get(column));
			this.cells.text(header, column, this.headers.get(column), this.cells.styles().header());
		}
		this.widths.fitHeight(header);
		this.sheet.createFreezePane(0, 1);
	}

	/** Date, title, author, theme, score, network, kind, likes, reposts, replies, terms; then the analysis. */
	private int[] columnBounds() {
		int[] bounds = new int[this.headers.size()];
		int[] before = { 13, TITLE, AUTHOR, 24, 8, 12, 8, 8, 8, 8, TERMS };
		int[] after = { CATEGORIES, 8, SOURCE, 8, URL };
		System.arraycopy(before, 0, bounds, 0, before.length);
		Arrays.fill(bounds, before.length, before.length + this.themes.size(), 12);
		System.arraycopy(after, 0, bounds, bounds.length - after.length, after.length);
		return bounds;
	}

	// Widths, the filter's range and the print layout are only known once the sheet's last row is
	// written; all live outside the streamed rows, so they can still be set then.
	private void finishSheet() {
		if (this.sheet == null) {
			return;
		}
		this.widths.applyTo(this.sheet);
		this.sheet.setAutoFilter(new CellRangeAddress(0, this.rows, 0, this.headers.size() - 1));
		this.sheet.setColumnBreak(FIRST_PART - 1);
		this.sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, REPEATED - 1));
		Sheets.printScaled(this.sheet, scale(), 0);
	}

	/** The scale at which the wider of the two printed parts fits the width of a landscape page. */
	private int scale() {
		int first = 0;
		for (int column = 0; column < FIRST_PART; column++) {
			first += Sheets.pixels(this.widths.width(column) - ColumnWidths.PADDING);
		}
		int second = 0;
		for (int column = 0; column < REPEATED; column++) {
			second += Sheets.pixels(this.widths.width(column) - ColumnWidths.PADDING);
		}
		for (int column = FIRST_PART; column < this.headers.size(); column++) {
			second += Sheets.pixels(this.widths.width(column) - ColumnWidths.PADDING);
		}
		int widest = Math.max(first, second);
		// a few percent to spare: spreadsheets measure their fonts a little differently
		return Math.max(10, Math.min(100, Sheets.LANDSCAPE_WIDTH_PIXELS * 92 / widest));
	}

}
