package org.socialreports.report.pdf;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The look of every table: a shaded header repeated on each page, thin rules between rows,
 * numbers aligned right, and rows that move to the next page whole rather than split.
 */
final class TableCells {

	static final float SIZE = 8;

	private static final float PADDING = 4;

	// theme columns are many and their labels long: they get a smaller header, closer to the rules
	private static final float THEME_PADDING = 2;

	private final Font header;

	private final Font themeHeader;

	private final Font text;

	private final Font strong;

	private final Font small;

	private final Font narrow;

	private final Font narrowStrong;

	TableCells(PdfFonts fonts) {
		this.header = fonts.bold(SIZE, ThemeColors.INK);
		this.themeHeader = fonts.bold(SIZE - 1, ThemeColors.INK);
		this.text = fonts.regular(SIZE, ThemeColors.INK);
		this.strong = fonts.bold(SIZE, ThemeColors.INK);
		this.small = fonts.regular(SIZE - 1, ThemeColors.MUTED);
		this.narrow = fonts.regular(SIZE - 2, ThemeColors.INK);
		this.narrowStrong = fonts.bold(SIZE - 2, ThemeColors.INK);
	}

	/** A table with relative column widths and one header row. */
	static PdfPTable table(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSplitLate(true);
		table.setSplitRows(false);
		table.setSpacingBefore(2);
		table.setSpacingAfter(8);
		return table;
	}

	/**
	 * The width a theme column needs so that none of the label's words is broken across lines,
	 * whatever the language.
	 */
	float themeColumnWidth(String label) {
		float widest = 0;
		for (String word : ReportDocument.nfc(label).split("\\s+")) {
			widest = Math.max(widest, this.themeHeader.getBaseFont().getWidthPoint(word, this.themeHeader.getSize()));
		}
		return widest + THEME_PADDING + PADDING + 2;
	}

	PdfPCell header(String label) {
		PdfPCell cell = cell(label, this.header, Element.ALIGN_LEFT);
		cell.setBackgroundColor(ThemeColors.HEADER_FILL);
		cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
		return cell;
	}

	PdfPCell numberHeader(String label) {
		PdfPCell cell = header(label);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	/** A column header underlined in its theme's colour, the same as in the charts. */
	PdfPCell themeHeader(String label, Color color) {
		PdfPCell cell = cell(label, this.themeHeader, Element.ALIGN_RIGHT);
		cell.setBackgroundColor(ThemeColors.HEADER_FILL);
		cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
		cell.setPaddingLeft(THEME_PADDING);
		cell.setPaddingRight(PADDING);
		cell.setBorderWidthBottom(2.5f);
		cell.setBorderColorBottom(color);
		return cell;
	}

	/**
	 * A theme's column header turned a quarter, reading upwards, for a column too narrow for the
	 * label's words: many themes share the page's width, and a label broken inside its words
	 * ("The / me / num / ber") reads as nothing.
	 */
	PdfPCell turnedThemeHeader(String label, Color color, float height) {
		PdfPCell cell = themeHeader(label, color);
		cell.setRotation(90);
		cell.setFixedHeight(height);
		cell.setHorizontalAlignment(Element.ALIGN_LEFT);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPaddingTop(THEME_PADDING);
		cell.setPaddingBottom(PADDING);
		return cell;
	}

	/** The height a turned header needs for the label on one line, at most {@code most}. */
	float turnedHeaderHeight(String label, float most) {
		float width = this.themeHeader.getBaseFont().getWidthPoint(ReportDocument.nfc(label), this.themeHeader.getSize());
		return Math.min(most, width + THEME_PADDING + PADDING + 2);
	}

	/** A count in a narrow column, two sizes smaller, so that six figures stay on one line. */
	PdfPCell narrowNumber(String value, boolean total) {
		PdfPCell cell = cell(value, total ? this.narrowStrong : this.narrow, Element.ALIGN_RIGHT);
		cell.setPaddingLeft(THEME_PADDING);
		cell.setPaddingRight(THEME_PADDING);
		if (total) {
			cell.setBorder(Rectangle.TOP);
			cell.setBorderColor(ThemeColors.MUTED);
		}
		return cell;
	}

	PdfPCell text(String value) {
		return cell(value, this.text, Element.ALIGN_LEFT);
	}

	PdfPCell strong(String value) {
		return cell(value, this.strong, Element.ALIGN_LEFT);
	}

	PdfPCell strongNumber(String value) {
		return cell(value, this.strong, Element.ALIGN_RIGHT);
	}

	PdfPCell small(String value) {
		return cell(value, this.small, Element.ALIGN_LEFT);
	}

	PdfPCell number(String value) {
		return cell(value, this.text, Element.ALIGN_RIGHT);
	}

	PdfPCell total(String value, boolean number) {
		PdfPCell cell = cell(value, this.strong, number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
		cell.setBorder(Rectangle.TOP);
		cell.setBorderColor(ThemeColors.MUTED);
		return cell;
	}

	/** A small square of a theme's colour, the key between a table and the charts. */
	PdfPCell swatch(Color color) {
		PdfPCell cell = new PdfPCell(new Phrase(" ", this.text));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		cell.setPaddingTop(5);
		cell.setPaddingBottom(5);
		PdfPTable square = new PdfPTable(1);
		PdfPCell fill = new PdfPCell();
		fill.setFixedHeight(7);
		fill.setBorder(Rectangle.NO_BORDER);
		fill.setBackgroundColor(color);
		square.addCell(fill);
		square.setTotalWidth(7);
		square.setLockedWidth(true);
		cell.addElement(square);
		return cell;
	}

	private PdfPCell cell(String value, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(ReportDocument.nfc(value), font));
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(ThemeColors.RULE);
		cell.setBorderWidth(0.5f);
		cell.setPaddingTop(3);
		cell.setPaddingBottom(4);
		cell.setPaddingLeft(PADDING);
		cell.setPaddingRight(PADDING);
		cell.setUseAscender(true);
		return cell;
	}

}
