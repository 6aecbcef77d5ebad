package org.socialreports.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import org.socialreports.classify.Theme;
import org.socialreports.report.MonthSpan;
import org.socialreports.report.ReportFigures;

/**
 * The three charts of the report, built from the figures alone (never from the posts), plain
 * and printable: white ground, light grid, one colour per theme.
 */
final class ThemeCharts {

	/** Past this many months the axis names only some of them. */
	private static final int LABELLED_MONTHS = 18;

	/** Past this many months the monthly chart shows years. */
	static final int CHARTED_MONTHS = 48;

	private final ReportDocument report;

	private final ReportFigures figures;

	private final StandardChartTheme theme;

	ThemeCharts(ReportDocument report) {
		this.report = report;
		this.figures = report.figures();
		this.theme = new StandardChartTheme("report");
		PdfFonts fonts = report.fonts();
		this.theme.setExtraLargeFont(fonts.chartFont(11, true));
		this.theme.setLargeFont(fonts.chartFont(8, false));
		this.theme.setRegularFont(fonts.chartFont(7.5f, false));
		this.theme.setSmallFont(fonts.chartFont(7, false));
		this.theme.setBarPainter(new StandardBarPainter());
		this.theme.setShadowVisible(false);
		this.theme.setChartBackgroundPaint(Color.WHITE);
		this.theme.setPlotBackgroundPaint(Color.WHITE);
		this.theme.setRangeGridlinePaint(ThemeColors.RULE);
		this.theme.setDomainGridlinePaint(ThemeColors.RULE);
		this.theme.setAxisLabelPaint(ThemeColors.MUTED);
		this.theme.setTickLabelPaint(ThemeColors.INK);
		this.theme.setLegendItemPaint(ThemeColors.INK);
		this.theme.setItemLabelPaint(ThemeColors.INK);
		this.theme.setPlotOutlinePaint(Color.WHITE);
	}

	/** One bar per theme, labelled with its count. */
	JFreeChart postsByTheme() {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Theme theme : this.figures.themes()) {
			dataset.addValue(this.figures.postsByTheme().get(theme), "posts", label(theme));
		}
		BarRenderer renderer = new BarRenderer() {

			@Override
			public Paint getItemPaint(int row, int column) {
				return ThemeColors.of(ThemeCharts.this.figures.themes().get(column));
			}

		};
		JFreeChart chart = barChart(dataset, PlotOrientation.HORIZONTAL, renderer, new CategoryAxis());
		chart.removeLegend();
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(locale())));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(4);
		renderer.setMaximumBarWidth(0.12);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.32f);
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		// room on the right for the label of the longest bar
		plot.getRangeAxis().setUpperMargin(0.12);
		return chart;
	}

	/**
	 * Posts per month, stacked by theme; past {@link #CHARTED_MONTHS} months, per year, so that
	 * twenty years are twenty bars rather than slivers.
	 */
	JFreeChart postsByMonth() {
		List<MonthSpan> months = byYear() ? this.figures.years()
				: this.figures.months().stream().map((month) -> new MonthSpan(month, month)).toList();
		List<Theme> themes = themesWithPosts();
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Theme theme : themes) {
			for (MonthSpan month : months) {
				dataset.addValue(this.figures.posts(month, theme), label(theme), this.report.formats().span(month));
			}
		}
		StackedBarRenderer renderer = new StackedBarRenderer();
		CategoryAxis axis = new SparseCategoryAxis((months.size() + LABELLED_MONTHS - 1) / LABELLED_MONTHS);
		JFreeChart chart = barChart(dataset, PlotOrientation.VERTICAL, renderer, axis);
		paintSeries(renderer, themes);
		renderer.setMaximumBarWidth(0.08);
		if (months.size() > 6) {
			axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		axis.setCategoryMargin((months.size() > 24) ? 0.1 : 0.25);
		return chart;
	}

	/** Whether the monthly chart shows years: past {@link #CHARTED_MONTHS} months. */
	boolean byYear() {
		return this.figures.months().size() > CHARTED_MONTHS;
	}

	/** For each of the most active authors, the share of their posts in each theme. */
	JFreeChart authorMix(TopAuthors authors) {
		List<Theme> themes = themesWithPosts();
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Theme theme : themes) {
			for (String author : authors.shown()) {
				dataset.addValue(this.figures.posts(author, theme), label(theme), ReportDocument.nfc(author));
			}
		}
		StackedBarRenderer renderer = new StackedBarRenderer(true);
		JFreeChart chart = barChart(dataset, PlotOrientation.HORIZONTAL, renderer, new CategoryAxis());
		paintSeries(renderer, themes);
		renderer.setMaximumBarWidth(0.1);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.28f);
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		range.setNumberFormatOverride(NumberFormat.getPercentInstance(locale()));
		range.setUpperMargin(0);
		return chart;
	}

	/** How tall the author chart must be for its bars to stay legible. */
	static float authorMixHeight(TopAuthors authors) {
		return 90 + 22 * authors.shown().size();
	}

	private JFreeChart barChart(DefaultCategoryDataset dataset, PlotOrientation orientation, BarRenderer renderer,
			CategoryAxis domain) {
		NumberAxis range = new NumberAxis(this.report.message("charts.axis.posts"));
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
		plot.setOrientation(orientation);
		// the value axis below the bars, where a reader looks for it
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setRangeGridlinesVisible(true);
		plot.setOutlineVisible(false);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		JFreeChart chart = new JFreeChart(null, null, plot, true);
		this.theme.apply(chart);
		chart.setPadding(new RectangleInsets(4, 4, 4, 10));
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		domain.setTickMarksVisible(false);
		domain.setAxisLineVisible(true);
		domain.setAxisLinePaint(ThemeColors.MUTED);
		range.setAxisLineVisible(false);
		range.setLabel((orientation == PlotOrientation.HORIZONTAL && renderer instanceof StackedBarRenderer stacked
				&& stacked.getRenderAsPercentages()) ? this.report.message("charts.axis.share")
						: this.report.message("charts.axis.posts"));
		renderer.setDrawBarOutline(false);
		renderer.setShadowVisible(false);
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setFrame(BlockBorder.NONE);
			legend.setItemFont(this.report.fonts().chartFont(7.5f, false));
		}
		return chart;
	}

	private void paintSeries(BarRenderer renderer, List<Theme> themes) {
		for (int series = 0; series < themes.size(); series++) {
			renderer.setSeriesPaint(series, ThemeColors.of(themes.get(series)));
		}
	}

	// a theme nobody wrote about would only add an empty entry to the legend
	private List<Theme> themesWithPosts() {
		return this.figures.themes().stream().filter((theme) -> this.figures.postsByTheme().get(theme) > 0).toList();
	}

	private String label(Theme theme) {
		return this.report.theme(theme);
	}

	private java.util.Locale locale() {
		return this.report.content().locale();
	}

}
