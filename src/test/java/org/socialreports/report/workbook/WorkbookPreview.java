package org.socialreports.report.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes sample workbooks to look at, as a manager would (not a test): the seed, and 200 posts
 * over 14 months by 6 authors, in English and French.
 * <p>
 * Usage: {@code java -cp … WorkbookPreview <folder>}, then for instance
 * {@code libreoffice --headless --convert-to pdf <folder>/*.xlsx}.
 */
public final class WorkbookPreview {

	private WorkbookPreview() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createDirectories(Path.of((args.length > 0) ? args[0] : "target/workbook-preview"));
		WorkbookReportWriter writer = new WorkbookReportWriter();
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
			writer.write(WorkbookContents.seed(locale), folder.resolve("seed-" + locale + ".xlsx"));
			writer.write(WorkbookContents.generated(locale, 200, 14, 6), folder.resolve("sample-" + locale + ".xlsx"));
			writer.write(WorkbookContents.generated(locale, 2000, 267, 6), folder.resolve("long-span-" + locale + ".xlsx"));
			writer.write(org.socialreports.report.SocialArchive.content(locale), folder.resolve("social-" + locale + ".xlsx"));
		}
		System.out.println("Wrote the sample workbooks in " + folder.toAbsolutePath());
	}

}
