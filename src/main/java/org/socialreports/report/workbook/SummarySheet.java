package org.socialreports.report.workbook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.report.PostFigures;
import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportMessages;
import org.socialreports.report.ReportWords;
import org.socialreports.report.Spike;
import org.socialreports.report.Spikes;
import org.socialreports.report.ThemeTrend;

/**
 * The month at a glance, what changed said first: the period and its counts, the leading real
 * theme and the unclassified posts apart, what changed in the latest month (against the month
 * before and the usual level, and the spikes with the authors and posts behind them), posts per
 * theme with their share and a chart, each theme's latest month against the month before and
 * its usual level, and the sources with their posts, those that gave none flagged.
 */
final class SummarySheet {

	/** Label, then up to five figures: the trend table is the widest. */
	private static final int COLUMNS = 6;

	/** A sentence spans the table's columns, wrapped: about this many characters a line. */
	private static final int SENTENCE_CHARACTERS = 90;

	private static final Charts.Place CHART = new Charts.Place(7, 1, 15, 21);

	private final Cells cells;

	private final ReportMessages messages;

	private final ReportWords words;

	SummarySheet(Cells cells, ReportMessages messages) {
		this.cells = cells;
		this.messages = messages;
		this.words = new ReportWords(messages.locale());
	}

	void write(ReportContent content, ReportFigures figures, PostFigures posts, XSSFSheet sheet) {
		WorkbookStyles styles = this.cells.styles();
		ColumnWidths widths = new ColumnWidths(40, 14, 14, 14, 16, 14);
		widths.fit(0, 40);
		// room for a date, a month's name and a count of millions
		widths.fit(1, 12);
		for (int column = 2; column < COLUMNS; column++) {
			widths.fit(column, 11);
		}
		this.cells.text(sheet.createRow(0), 0, this.messages.get("summary.title"), styles.title());
		Row generated = sheet.createRow(1);
		widths.fit(0, this.cells.text(generated, 0, this.messages.get("summary.generated"), styles.label()));
		this.cells.date(generated, 1, content.runDate(), styles.date());

		int rowIndex = 3;
		rowIndex = figure(sheet, widths, rowIndex, "summary.period", period(figures));
		rowIndex = figure(sheet, widths, rowIndex, "summary.posts", figures.totalPosts());
		rowIndex = figure(sheet, widths, rowIndex, "summary.authors", figures.authors().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.months", figures.months().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.words", figures.totalWords());
		rowIndex = figure(sheet, widths, rowIndex, "summary.rejects", content.rejects().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.sources", content.sources().size());
		rowIndex = figure(sheet, widths, rowIndex, "summary.leading-theme",
				figures.leadingTheme().map(this.messages::theme).orElse("—"));
		Row unclassified = labelRow(sheet, widths, rowIndex++, "summary.unclassified");
		this.cells.number(unclassified, 1, figures.unclassifiedPosts(), styles.count());
		this.cells.number(unclassified, 2, figures.share(Theme.UNCLASSIFIED), styles.share());
		rowIndex = figure(sheet, widths, rowIndex, "summary.most-active-author",
				figures.mostActiveAuthor().orElse("—"));

		rowIndex = changes(sheet, figures, posts, rowIndex + 1);
		int themeHeader = rowIndex + 1;
		rowIndex = themeShares(sheet, widths, figures, themeHeader);
		if (figures.totalPosts() > 0) {
			CellRangeAddress names = new CellRangeAddress(themeHeader + 2, themeHeader + 1 + figures.themes().size(), 0,
					0);
			CellRangeAddress values = new CellRangeAddress(names.getFirstRow(), names.getLastRow(), 1, 1);
			Charts.bars(sheet, CHART, this.messages.get("summary.chart"), names, values,
					new CellReference(sheet.getSheetName(), themeHeader + 1, 1, true, true),
					this.messages.get("column.posts"), figures.themes().stream().map(ThemeColors::of).toList());
		}
		rowIndex = trends(sheet, widths, figures, rowIndex + 1);
		sources(sheet, widths, content, posts, rowIndex + 1);
		widths.applyTo(sheet);
		Sheets.printOnePageWide(sheet, true, -1);
	}

	private String period(ReportFigures figures) {
		Optional<YearMonth> first = figures.firstMonth();
		Optional<YearMonth> last = figures.lastMonth();
		if (first.isEmpty() || last.isEmpty()) {
			return this.messages.get("summary.no-period");
		}
		return first.get().equals(last.get()) ? this.words.month(first.get())
				: this.messages.get("summary.period-range", this.words.month(first.get()), this.words.month(last.get()));
	}

	private int figure(XSSFSheet sheet, ColumnWidths widths, int rowIndex, String key, long value) {
		Row row = labelRow(sheet, widths, rowIndex, key);
		this.cells.number(row, 1, value, this.cells.styles().count());
		return rowIndex + 1;
	}

	private int figure(XSSFSheet sheet, ColumnWidths widths, int rowIndex, String key, String value) {
		Row row = labelRow(sheet, widths, rowIndex, key);
		// text beside a short label spills over the empty cells to its right; no need to widen
		this.cells.text(row, 1, value);
		return rowIndex + 1;
	}

	private Row labelRow(XSSFSheet sheet, ColumnWidths widths, int rowIndex, String key) {
		Row row = sheet.createRow(rowIndex);
		widths.fit(0, this.cells.text(row, 0, this.messages.get(key), this.cells.styles().label()));
		return row;
	}

	/** What changed in the latest month, in sentences: the month's posts, then each spike. */
	private int changes(XSSFSheet sheet, ReportFigures figures, PostFigures posts, int rowIndex) {
		if (figures.totalPosts() == 0) {
			return rowIndex;
		}
		YearMonth latest = figures.lastMonth().orElseThrow();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("summary.changes", this.words.month(latest)),
				this.cells.styles().section());
		List<String> sentences = new ArrayList<>();
		if (figures.months().size() < 2) {
			sentences.add(this.messages.get("summary.single-month"));
		}
		else {
			ThemeTrend all = figures.overallTrend();
			sentences.add(this.messages.get("summary.latest", this.words.month(latest), all.latest(), all.previous(),
					this.words.month(latest.minusMonths(1)), this.words.decimal(all.average()), all.monthsAveraged()));
			List<Spike> spikes = figures.spikes();
			if (spikes.isEmpty()) {
				sentences.add(this.words.noSpike(latest));
			}
			for (Spike spike : spikes) {
				ClassifiedPost leader = posts.latestMonthLeaders().get(spike.trend().theme());
				sentences.add("▲ " + this.words.spike(spike, this.messages.theme(spike.trend().theme()), leader));
			}
		}
		for (String sentence : sentences) {
			rowIndex = sentence(sheet, rowIndex, sentence);
		}
		return rowIndex;
	}

	/** A sentence across the table's columns, wrapped, in a row as tall as its lines. */
	private int sentence(XSSFSheet sheet, int rowIndex, String text) {
		Row row = sheet.createRow(rowIndex);
		this.cells.text(row, 0, text, this.cells.styles().sentence());
		for (int column = 1; column < COLUMNS; column++) {
			this.cells.blank(row, column, this.cells.styles().sentence());
		}
		sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, COLUMNS - 1));
		// merged cells do not grow with their text: the row is given the height of its lines
		row.setHeightInPoints(Math.max(1, (text.length() + SENTENCE_CHARACTERS - 1) / SENTENCE_CHARACTERS)
				* RowHeights.LINE_POINTS + 2);
		return rowIndex + 1;
	}

	/** Writes the section title, the header, a row per theme and the total; returns the next free row. */
	private int themeShares(XSSFSheet sheet, ColumnWidths widths, ReportFigures figures, int rowIndex) {
		WorkbookStyles styles = this.cells.styles();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("summary.by-theme"), styles.section());
		header(sheet.createRow(rowIndex++), widths, "column.theme", "column.posts", "column.share");
		for (Theme theme : figures.themes()) {
			Row row = sheet.createRow(rowIndex++);
			widths.fit(0, this.cells.text(row, 0, this.messages.theme(theme)));
			this.cells.number(row, 1, figures.postsByTheme().get(theme), styles.count());
			this.cells.number(row, 2, figures.share(theme), styles.share());
		}
		Row total = sheet.createRow(rowIndex++);
		this.cells.text(total, 0, this.messages.get("column.total"), styles.totalLabel());
		this.cells.number(total, 1, figures.totalPosts(), styles.totalCount());
		this.cells.number(total, 2, (figures.totalPosts() == 0) ? 0 : 1, styles.totalShare());
		return rowIndex;
	}

	/** Each theme's latest month against the month before and against its usual level. */
	private int trends(XSSFSheet sheet, ColumnWidths widths, ReportFigures figures, int rowIndex) {
		List<ThemeTrend> trends = figures.trends();
		if (figures.months().size() < 2) {
			return rowIndex;
		}
		WorkbookStyles styles = this.cells.styles();
		ThemeTrend first = trends.get(0);
		YearMonth latest = first.month();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("summary.latest-month",
				this.words.month(latest), this.words.month(latest.minusMonths(1))), styles.section());
		Row header = sheet.createRow(rowIndex++);
		String[] labels = { this.messages.get("column.theme"), this.words.shortMonth(latest.minusMonths(1)),
				this.words.shortMonth(latest), this.messages.get("column.change"),
				this.messages.get("column.usual", first.monthsAveraged()), this.messages.get("column.ratio") };
		for (int column = 0; column < labels.length; column++) {
			widths.fitHeader(column, labels[column]);
			this.cells.text(header, column, labels[column], (column == 0) ? styles.header()
					: styles.numberHeader());
		}
		widths.fitHeight(header);
		for (ThemeTrend trend : trends) {
			Row row = sheet.createRow(rowIndex++);
			boolean spike = Spikes.isSpike(trend);
			this.cells.text(row, 0, this.messages.theme(trend.theme()) + (spike ? " ▲" : ""),
					spike ? styles.label() : styles.text());
			this.cells.number(row, 1, trend.previous(), styles.count());
			this.cells.number(row, 2, trend.latest(), styles.count());
			this.cells.number(row, 3, trend.difference(), styles.change());
			if (trend.hasAverage()) {
				this.cells.number(row, 4, trend.average(), styles.average());
				if (trend.average() > 0) {
					this.cells.number(row, 5, trend.ratioToAverage(), styles.ratio());
				}
			}
		}
		return rowIndex;
	}

	/** Every source with its posts; those that gave none, flagged, first. */
	private void sources(XSSFSheet sheet, ColumnWidths widths, ReportContent content, PostFigures posts,
			int rowIndex) {
		WorkbookStyles styles = this.cells.styles();
		this.cells.text(sheet.createRow(rowIndex++), 0, this.messages.get("summary.sources-list"), styles.section());
		Row header = sheet.createRow(rowIndex++);
		this.cells.text(header, 0, this.messages.get("column.source"), styles.header());
		this.cells.text(header, 1, this.messages.get("column.posts"), styles.numberHeader());
		List<String> sources = new ArrayList<>(content.sources());
		Set<String> silent = content.silentSources();
		Set<String> empty = content.emptySources();
		sources.sort((one, other) -> Boolean.compare(!silent.contains(one), !silent.contains(other)));
		if (sources.isEmpty()) {
			this.cells.text(sheet.createRow(rowIndex), 0, this.messages.get("summary.no-sources"), styles.note());
		}
		for (String source : sources) {
			Row row = sheet.createRow(rowIndex++);
			// a long path wraps rather than spill under the next column
			RowHeights.fit(row, RowHeights.lines(this.cells.text(row, 0, source, styles.wrapped()), widths.width(0) - 2));
			this.cells.number(row, 1, posts.postsOf(source), styles.count());
			if (empty.contains(source)) {
				this.cells.text(row, 2, this.messages.get("summary.source-empty"), styles.warning());
			}
			else if (silent.contains(source)) {
				this.cells.text(row, 2, this.messages.get("summary.source-silent"), styles.warning());
			}
		}
	}

	private void header(Row row, ColumnWidths widths, String... keys) {
		for (int column = 0; column < keys.length; column++) {
			String label = this.messages.get(keys[column]);
			widths.fitHeader(column, label);
			this.cells.text(row, column, label,
					(column == 0) ? this.cells.styles().header() : this.cells.styles().numberHeader());
		}
	}

}
