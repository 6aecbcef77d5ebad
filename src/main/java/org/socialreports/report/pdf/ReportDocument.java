package org.socialreports.report.pdf;

import java.text.Normalizer;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.socialreports.classify.Theme;
import org.socialreports.report.PostFigures;
import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportMessages;

/**
 * The PDF being written, with what every section needs: the content and its figures, the
 * labels, the fonts, and layout that keeps a heading on the page of what it introduces. All
 * text goes through here to be normalised to NFC, so that an accent typed as a combining mark
 * still renders as one glyph.
 */
final class ReportDocument {

	static final float BODY = 9.5f;

	// a heading's leading and spacing, with a few points to spare
	private static final float SECTION_HEADING = 36;

	static final float SUBSECTION_HEADING = 32;

	private final Document document;

	private final PdfWriter writer;

	private final PdfFonts fonts;

	private final ReportContent content;

	private final ReportFigures figures;

	private final ReportMessages messages;

	private final PdfFormats formats;

	private final TableCells cells;

	private PdfOutline section;

	private PostFigures postFigures;

	ReportDocument(Document document, PdfWriter writer, PdfFonts fonts, ReportContent content) {
		this.document = document;
		this.writer = writer;
		this.fonts = fonts;
		this.content = content;
		this.figures = content.figures();
		this.messages = content.messages("pdf");
		this.formats = new PdfFormats(content.locale());
		this.cells = new TableCells(fonts);
	}

	static String nfc(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFC) : "";
	}

	ReportContent content() {
		return this.content;
	}

	ReportFigures figures() {
		return this.figures;
	}

	/** What the posts tell beyond the aggregates: known once every post has been read, which this waits for. */
	PostFigures postFigures() {
		if (this.postFigures == null) {
			this.postFigures = this.content.postFigures();
		}
		return this.postFigures;
	}

	PdfFormats formats() {
		return this.formats;
	}

	PdfFonts fonts() {
		return this.fonts;
	}

	TableCells cells() {
		return this.cells;
	}

	String message(String key, Object... arguments) {
		return nfc(this.messages.get(key, arguments));
	}

	String theme(Theme theme) {
		return nfc(this.messages.theme(theme));
	}

	/** The width between the margins, which tables and charts fill. */
	float width() {
		return this.document.right() - this.document.left();
	}

	/** The height between the margins of a page. */
	float pageHeight() {
		return this.document.top() - this.document.bottom();
	}

	/** A top-level heading with its bookmark, on the page where the next {@code keepWithNext} points fit. */
	void section(String title, float keepWithNext) {
		keepSpace(SECTION_HEADING + keepWithNext);
		this.section = bookmark(this.writer.getRootOutline(), title);
		Paragraph heading = new Paragraph(nfc(title), this.fonts.bold(15, ThemeColors.ACCENT));
		heading.setSpacingAfter(8);
		add(heading);
	}

	/** A second-level heading, bookmarked under the current section. */
	void subsection(String title, float keepWithNext) {
		keepSpace(SUBSECTION_HEADING + keepWithNext);
		bookmark((this.section != null) ? this.section : this.writer.getRootOutline(), title);
		Paragraph heading = new Paragraph(nfc(title), this.fonts.bold(11, ThemeColors.INK));
		heading.setSpacingBefore(6);
		heading.setSpacingAfter(5);
		add(heading);
	}

	/** A subsection made of one table, kept whole when it fits on a page, else split between rows. */
	void subsection(String title, PdfPTable table) {
		subsection(title, keepHeight(table));
		add(table);
	}

	void paragraph(String text) {
		paragraph(text, this.fonts.regular(BODY, ThemeColors.INK));
	}

	void paragraph(String text, Font font) {
		Paragraph paragraph = new Paragraph(nfc(text), font);
		paragraph.setLeading(BODY * 1.4f);
		paragraph.setSpacingAfter(5);
		add(paragraph);
	}

	/** A note under a chart or a table, smaller and grey. */
	void note(String text) {
		Paragraph note = new Paragraph(nfc(text), this.fonts.regular(7.5f, ThemeColors.MUTED));
		note.setSpacingBefore(2);
		note.setSpacingAfter(6);
		add(note);
	}

	void add(Element element) {
		this.document.add(element);
	}

	void newPage() {
		this.document.newPage();
	}

	/** Opens a new page unless the given height still fits on this one. */
	void keepSpace(float height) {
		float available = this.writer.getVerticalPosition(false) - this.document.bottom();
		if (available < height) {
			this.document.newPage();
		}
	}

	/**
	 * How much of a table must share the page of its heading: all of it when it fits on one page
	 * (no table is split that need not be), else its header and a few rows.
	 */
	float keepHeight(PdfPTable table) {
		table.setTotalWidth(width());
		table.setLockedWidth(true);
		float total = table.getTotalHeight() + table.spacingBefore();
		if (total < pageHeight() - SECTION_HEADING - SUBSECTION_HEADING) {
			return total;
		}
		float start = table.getHeaderHeight() + table.spacingBefore();
		for (int row = table.getHeaderRows(); row < Math.min(table.size(), table.getHeaderRows() + 4); row++) {
			start += table.getRowHeight(row);
		}
		return start;
	}

	Image chart(org.jfree.chart.JFreeChart chart, float height) {
		return new ChartRenderer(this.writer, this.fonts).render(chart, width(), height);
	}

	/** A top-level bookmark to where the page stands, for a part without a visible heading. */
	void bookmark(String title) {
		this.section = bookmark(this.writer.getRootOutline(), title);
	}

	private PdfOutline bookmark(PdfOutline parent, String title) {
		PdfDestination destination = new PdfDestination(PdfDestination.FITH, this.writer.getVerticalPosition(false));
		return new PdfOutline(parent, destination, nfc(title), true);
	}

}
