package org.socialreports.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart as PDF vector graphics (a form XObject) rather than a bitmap, so that it stays
 * sharp when printed or zoomed and its labels remain text that can be searched.
 */
final class ChartRenderer {

	private final PdfWriter writer;

	private final PdfFonts fonts;

	ChartRenderer(PdfWriter writer, PdfFonts fonts) {
		this.writer = writer;
		this.fonts = fonts;
	}

	/** The chart as an image element of the given size in points, to flow with the text. */
	Image render(JFreeChart chart, float width, float height) {
		PdfTemplate template = this.writer.getDirectContent().createTemplate(width, height);
		Graphics2D graphics = template.createGraphics(width, height, this.fonts.mapper());
		try {
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		Image image = Image.getInstance(template);
		image.setAlignment(Image.MIDDLE);
		image.setSpacingBefore(2);
		image.setSpacingAfter(2);
		return image;
	}

}
