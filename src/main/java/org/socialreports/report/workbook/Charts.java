package org.socialreports.report.workbook;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Native Excel charts (DrawingML, drawn by Excel or LibreOffice from the sheet's cells), not
 * pictures: a manager can restyle them, and they follow the figures if the cells are edited.
 */
final class Charts {

	private static final int MIN_POINTS_FOR_LINES = 3;

	private Charts() {
	}

	/** Where a chart sits: columns and rows of its top-left and bottom-right corners. */
	record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
	}

	/**
	 * Horizontal bars, one per category, each labelled with its value.
	 * @param categories the cells holding the category names, one column
	 * @param values the cells holding the values, one column
	 */
	static XSSFChart bars(XSSFSheet sheet, Place place, String title, CellRangeAddress categories,
			CellRangeAddress values, CellReference seriesTitle, String seriesName, List<XDDFColor> barColors) {
		XSSFChart chart = create(sheet, place, title);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
		// bars read top-down in the order of the table beside them, not bottom-up
		categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
		// with the categories reversed, the value axis would otherwise sit above the bars
		valueAxis.setCrosses(AxisCrosses.MAX);
		valueAxis.setMinimum(0);
		valueAxis.getOrAddMajorGridProperties();
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		data.setGapWidth(60);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromStringCellRange(sheet, categories),
				XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
		series.setTitle(seriesName, seriesTitle);
		series.setFillProperties(new XDDFSolidFillProperties(barColors.get(0)));
		for (int bar = 0; bar < barColors.size(); bar++) {
			series.getDataPoint(bar).setFillProperties(new XDDFSolidFillProperties(barColors.get(bar)));
		}
		showValues(series.getCTBarSer().addNewDLbls());
		chart.plot(data);
		return chart;
	}

	/**
	 * One line per series over the same categories, such as months; grouped columns instead when
	 * there are too few categories for a line to show anything.
	 * @param categoryLabels the categories as shown, cached in the chart for readers that do not
	 * recompute it
	 * @param categories the cells of those categories
	 */
	static XSSFChart trend(XSSFSheet sheet, Place place, String title, String[] categoryLabels,
			CellRangeAddress categories, List<Line> lines) {
		XSSFChart chart = create(sheet, place, title);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		// points in the middle of their month, not on its edge (or on the axis, for a single month)
		valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
		valueAxis.setMinimum(0);
		valueAxis.getOrAddMajorGridProperties();
		XDDFCategoryDataSource months = XDDFDataSourcesFactory.fromArray(categoryLabels,
				categories.formatAsString(sheet.getSheetName(), true));
		boolean columns = categoryLabels.length < MIN_POINTS_FOR_LINES;
		XDDFChartData data = chart.createData(columns ? ChartTypes.BAR : ChartTypes.LINE, categoryAxis, valueAxis);
		data.setVaryColors(false);
		if (data instanceof XDDFBarChartData bars) {
			bars.setBarDirection(BarDirection.COL);
			bars.setBarGrouping(BarGrouping.CLUSTERED);
		}
		for (Line line : lines) {
			XDDFChartData.Series series = data.addSeries(months,
					XDDFDataSourcesFactory.fromNumericCellRange(sheet, line.values()));
			series.setTitle(line.name(), line.title());
			if (series instanceof XDDFLineChartData.Series points) {
				draw(points, line.color());
			}
			else {
				series.setFillProperties(new XDDFSolidFillProperties(line.color()));
			}
		}
		chart.plot(data);
		return chart;
	}

	private static void draw(XDDFLineChartData.Series series, XDDFColor color) {
		series.setSmooth(false);
		series.setMarkerStyle(MarkerStyle.CIRCLE);
		XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(color));
		stroke.setWidth(2.0);
		series.setLineProperties(stroke);
		XDDFShapeProperties marker = new XDDFShapeProperties();
		marker.setFillProperties(new XDDFSolidFillProperties(color));
		marker.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(color)));
		series.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
	}

	/** One line of a line chart: its name, the cell holding it, the cells of its values, its colour. */
	record Line(String name, CellReference title, CellRangeAddress values, XDDFColor color) {
	}

	private static XSSFChart create(XSSFSheet sheet, Place place, String title) {
		var drawing = sheet.createDrawingPatriarch();
		var anchor = drawing.createAnchor(0, 0, 0, 0, place.firstColumn(), place.firstRow(), place.lastColumn(),
				place.lastRow());
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		return chart;
	}

	private static void showValues(CTDLbls labels) {
		labels.addNewShowVal().setVal(true);
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(false);
		labels.addNewShowBubbleSize().setVal(false);
	}

}
