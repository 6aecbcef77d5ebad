package org.socialreports.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportWriter;

/**
 * {@code social-media-report.pdf}: the summary a manager forwards, in the report's language.
 * It is built from the figures, the top posts and the rejects only, never by reading every
 * post, so that it stays a few pages long and quick to write whatever the size of the archive.
 */
public class PdfReportWriter implements ReportWriter {

	private static final List<ReportSection> SECTIONS = List.of(new CoverSection(), new KeyFiguresSection(),
			new EngagementSection(), new ChartsSection(), new TablesSection(), new TopPostsSection(), new MethodSection(), new RejectsSection());

	@Override
	public String fileName() {
		return "social-media-report.pdf";
	}

	@Override
	public void write(ReportContent content, Path target) throws IOException {
		PdfFonts fonts = PdfFonts.load();
		Document document = new Document(PageSize.A4, 50, 50, 56, 64);
		try (OutputStream out = Files.newOutputStream(target)) {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			ReportDocument report = new ReportDocument(document, writer, fonts, content);
			// without it, text after a chart that does not fit would be set before the chart
			writer.setStrictImageSequence(true);
			writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
			writer.setPageEvent(new PageFooter(fonts, report.message("footer.title", Period.of(report)),
					(page) -> report.message("footer.page", page)));
			describe(document, report);
			writer.createXmpMetadata();
			document.open();
			for (ReportSection section : SECTIONS) {
				section.addTo(report);
			}
			document.close();
		}
	}

	private static void describe(Document document, ReportDocument report) {
		document.addTitle(report.message("document.title"));
		document.addSubject(report.message("document.subject", Period.of(report)));
		document.addAuthor(report.message("document.author"));
		document.addCreator("social-strategy-reports");
		document.addKeywords(String.join(", ", report.content().themes().scored().stream().map(report::theme).toList()));
		document.addCreationDate();
	}

}
