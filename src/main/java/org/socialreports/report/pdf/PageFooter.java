package org.socialreports.report.pdf;

import java.util.function.IntFunction;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page X of Y" and the report's name at the foot of every page. The total is not known until
 * the end, so every page shows the same small template, filled in once the document closes.
 */
final class PageFooter extends PdfPageEventHelper {

	private static final float SIZE = 7.5f;

	private final PdfFonts fonts;

	private final String title;

	private final IntFunction<String> pageLabel;

	private PdfTemplate total;

	/**
	 * @param title what the left of the footer says
	 * @param pageLabel the label before the page count, such as "Page 3 of", for a page number
	 */
	PageFooter(PdfFonts fonts, String title, IntFunction<String> pageLabel) {
		this.fonts = fonts;
		this.title = title;
		this.pageLabel = pageLabel;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(40, SIZE + 4);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte canvas = writer.getDirectContent();
		float baseline = document.bottom() - 28;
		canvas.saveState();
		canvas.setColorStroke(ThemeColors.RULE);
		canvas.setLineWidth(0.5f);
		canvas.moveTo(document.left(), baseline + 12);
		canvas.lineTo(document.right(), baseline + 12);
		canvas.stroke();
		canvas.restoreState();
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
				new Phrase(this.title, this.fonts.regular(SIZE, ThemeColors.MUTED)), document.left(), baseline, 0);
		String label = this.pageLabel.apply(writer.getPageNumber()) + " ";
		BaseFont font = this.fonts.regularBaseFont();
		float labelWidth = font.getWidthPoint(label, SIZE);
		float totalWidth = font.getWidthPoint("000", SIZE);
		float start = document.right() - totalWidth - labelWidth;
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
				new Phrase(label, this.fonts.regular(SIZE, ThemeColors.MUTED)), start, baseline, 0);
		canvas.addTemplate(this.total, start + labelWidth, baseline);
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		this.total.beginText();
		this.total.setFontAndSize(this.fonts.regularBaseFont(), SIZE);
		this.total.setColorFill(ThemeColors.MUTED);
		this.total.setTextMatrix(0, 0);
		this.total.showText(String.valueOf(writer.getPageNumber() - 1));
		this.total.endText();
	}

}
