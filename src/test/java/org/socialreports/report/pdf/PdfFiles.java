package org.socialreports.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads back a written PDF, with PDFBox, so that tests check the file as a reader sees it.
 */
final class PdfFiles {

	private PdfFiles() {
	}

	static PDDocument open(Path pdf) throws IOException {
		return Loader.loadPDF(pdf.toFile());
	}

	/**
	 * The text of every page, in the order it was written, with no-break spaces (French puts them
	 * before % and :) read as plain spaces.
	 */
	static String text(Path pdf) throws IOException {
		try (PDDocument document = open(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			return stripper.getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
		}
	}

	/** Every font used, on the pages and in the charts drawn as forms. */
	static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			collect(page.getResources(), fonts);
		}
		return fonts;
	}

	/** The font program embedded for a font, {@code null} when the font is not embedded. */
	static Object embeddedProgram(PDFont font) {
		PDFontDescriptor descriptor = (font instanceof PDType0Font type0) ? type0.getDescendantFont().getFontDescriptor()
				: font.getFontDescriptor();
		return (descriptor != null) ? descriptor.getFontFile2() : null;
	}

	private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				collect(form.getResources(), fonts);
			}
		}
	}

}
