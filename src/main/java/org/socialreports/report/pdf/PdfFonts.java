package org.socialreports.report.pdf;

import java.awt.Color;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The one typeface of the PDF, DejaVu Sans (shipped in {@code fonts/} with its licence), embedded
 * as a subset so that accents and typographic quotes render on any reader. Charts measure their
 * text with the AWT face of the very same file and draw it with the same embedded font, so that a
 * label measured to fit does fit.
 */
final class PdfFonts {

	private static final String REGULAR = "fonts/DejaVuSans.ttf";

	private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

	private final BaseFont regular;

	private final BaseFont bold;

	private final java.awt.Font awtRegular;

	private final java.awt.Font awtBold;

	private PdfFonts(byte[] regular, byte[] bold) throws IOException {
		this.regular = BaseFont.createFont(REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, regular, null);
		this.bold = BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bold, null);
		this.awtRegular = awtFont(regular);
		this.awtBold = awtFont(bold);
	}

	static PdfFonts load() throws IOException {
		return new PdfFonts(read(REGULAR), read(BOLD));
	}

	Font regular(float size, Color color) {
		return new Font(this.regular, size, Font.NORMAL, color);
	}

	Font bold(float size, Color color) {
		return new Font(this.bold, size, Font.NORMAL, color);
	}

	BaseFont regularBaseFont() {
		return this.regular;
	}

	java.awt.Font chartFont(float size, boolean bold) {
		return (bold ? this.awtBold : this.awtRegular).deriveFont(size);
	}

	/** Maps the charts' AWT fonts onto the embedded ones; anything else JFreeChart asks for gets the regular face. */
	FontMapper mapper() {
		return new FontMapper() {

			@Override
			public BaseFont awtToPdf(java.awt.Font font) {
				boolean bold = font.isBold() || font.getFontName(Locale.ROOT).contains("Bold");
				return bold ? PdfFonts.this.bold : PdfFonts.this.regular;
			}

			@Override
			public java.awt.Font pdfToAwt(BaseFont font, int size) {
				return ((font == PdfFonts.this.bold) ? PdfFonts.this.awtBold : PdfFonts.this.awtRegular)
					.deriveFont((float) size);
			}

		};
	}

	private static byte[] read(String resource) throws IOException {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("font " + resource + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
	}

	private static java.awt.Font awtFont(byte[] ttf) {
		try {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("the bundled font cannot be read", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
