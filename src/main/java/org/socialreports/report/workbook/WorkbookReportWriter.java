package org.socialreports.report.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.socialreports.report.PostFigures;
import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportMessages;
import org.socialreports.report.ReportWriter;

/**
 * {@code social-media-report.xlsx}, the workbook a marketing manager opens: a summary, themes
 * and authors by month, the top posts (by score, and by engagement where the exports count it),
 * every post, the tidy data, the rejects, and for the taxonomy's owner a review of its terms. Every sheet prints sensibly (see {@link Sheets}).
 * <p>
 * The small sheets with charts are built in memory first; the workbook is then streamed, so
 * that the posts, however many, go through a window of rows and temporary files.
 */
public class WorkbookReportWriter implements ReportWriter {

	/** Rows of a sheet, less the header. */
	public static final int MAX_POSTS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

	private static final int ROWS_IN_MEMORY = 100;

	private final int postsPerSheet;

	public WorkbookReportWriter() {
		this(MAX_POSTS_PER_SHEET);
	}

	/** @param postsPerSheet posts on a sheet before the next one starts; tests lower it */
	public WorkbookReportWriter(int postsPerSheet) {
		if (postsPerSheet < 1 || postsPerSheet > MAX_POSTS_PER_SHEET) {
			throw new IllegalArgumentException(
					"posts per sheet must be from 1 to " + MAX_POSTS_PER_SHEET + ", not " + postsPerSheet);
		}
		this.postsPerSheet = postsPerSheet;
	}

	@Override
	public String fileName() {
		return "social-media-report.xlsx";
	}

	@Override
	public boolean readsPosts() {
		return true;
	}

	@Override
	public void write(ReportContent content, Path target) throws IOException {
		// POI's shared /tmp/poifiles belongs to whichever user made it first; keep the streamed
		// rows beside the file being written instead, where this run can always write
		Path temporaryFiles = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".xlsx-rows-");
		// for this thread only: POI's process-wide setting would outlive the folder
		TempFile.setThreadLocalTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporaryFiles.toFile()));
		try {
			writeWorkbook(content, target);
		}
		finally {
			TempFile.setThreadLocalTempFileCreationStrategy(null);
			try (var leftovers = Files.list(temporaryFiles)) {
				for (Path leftover : leftovers.toList()) {
					Files.deleteIfExists(leftover);
				}
			}
			Files.deleteIfExists(temporaryFiles);
		}
	}

	private void writeWorkbook(ReportContent content, Path target) throws IOException {
		ReportMessages messages = content.messages("workbook");
		ReportFigures figures = content.figures();
		try (XSSFWorkbook template = new XSSFWorkbook()) {
			Cells cells = new Cells(WorkbookStyles.of(template, content.locale()));
			XSSFSheet summary = template.createSheet(Sheets.name(messages.get("sheet.summary")));
			new ThemesByMonthSheet(cells, messages).write(figures,
					template.createSheet(Sheets.name(messages.get("sheet.themes-by-month"))));
			new AuthorsByMonthSheet(cells, messages).write(figures,
					template.createSheet(Sheets.name(messages.get("sheet.authors-by-month"))));
			XSSFSheet topPosts = template.createSheet(Sheets.name(messages.get("sheet.top-posts")));
			XSSFSheet engagement = template.createSheet(Sheets.name(messages.get("sheet.engagement")));
			SXSSFWorkbook workbook = new StreamedWorkbook(template, ROWS_IN_MEMORY);
			try {
				new PostsSheets(workbook, cells, messages, content.themes().scored(), this.postsPerSheet)
					.write(content.posts());
				// known once every post has gone by: the posts may still be arriving until here
				PostFigures postFigures = content.postFigures();
				new SummarySheet(cells, messages).write(content, figures, postFigures, summary);
				new TopPostsSheet(cells, messages).write(content.themes().scored(), postFigures, topPosts);
				new EngagementSheet(cells, messages).write(figures, postFigures, engagement);
				new DataSheet(cells).write(content.aggregates(), workbook.createSheet(Sheets.DATA));
				if (!content.rejects().isEmpty()) {
					new RejectsSheet(cells, messages).write(content.rejects(),
							workbook.createSheet(Sheets.name(messages.get("sheet.rejects"))));
				}
				if (content.review().day() != null) {
					new TaxonomyReviewSheet(cells, messages).write(content.review(),
							workbook.createSheet(Sheets.name(messages.get("sheet.taxonomy-review"))));
				}
				workbook.setActiveSheet(0);
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
					workbook.write(out);
				}
			}
			finally {
				workbook.dispose();
			}
		}
	}

}
