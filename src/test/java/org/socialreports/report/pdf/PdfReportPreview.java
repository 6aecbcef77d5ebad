package org.socialreports.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes sample PDFs to look at: {@code PdfReportPreview [folder]}, by default
 * {@code target/pdf-preview}. Render them with {@code pdftoppm -png -r 60}.
 */
public final class PdfReportPreview {

	private PdfReportPreview() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of((args.length > 0) ? args[0] : "target/pdf-preview");
		Files.createDirectories(folder);
		PdfReportWriter writer = new PdfReportWriter();
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
			writer.write(ReportContents.small(locale), folder.resolve("small-" + locale + ".pdf"));
			writer.write(ReportContents.large(locale, 6), folder.resolve("large-" + locale + ".pdf"));
			writer.write(ReportContents.large(locale, 40), folder.resolve("many-authors-" + locale + ".pdf"));
			writer.write(ReportContents.archive(locale, org.socialreports.classify.ShippedThemes.THEMES, 240, 40, 20000,
					true), folder.resolve("twenty-years-" + locale + ".pdf"));
			writer.write(ReportContents.archive(locale, ReportContents.twelveThemes(), 240, 40, 50000, true),
					folder.resolve("twelve-themes-" + locale + ".pdf"));
			writer.write(org.socialreports.report.SocialArchive.content(locale), folder.resolve("social-" + locale + ".pdf"));
		}
		System.out.println("Wrote " + folder.toAbsolutePath());
	}

}
