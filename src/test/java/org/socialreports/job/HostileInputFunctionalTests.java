package org.socialreports.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files a hostile world or a careless exporter drops into the input folder: the run completes,
 * every good post is kept, every bad record is a row of {@code rejects.csv}, and nothing is
 * read from outside the folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path input;

	@TempDir
	Path outside;

	@Test
	void postsThatShareALineAreEachKeptAndEachRejectIsListed(CapturedOutput output) throws Exception {
		// a minified array: every object on line 1, two of them bad
		write("minified.json", "[" + json("Un", "2009-03-01") + "," + json("Deux", "2009-03-02") + ",{\"title\":\"Sans date\","
				+ "\"author\":\"Anne\",\"text\":\"x\"},{\"title\":\"Sans date non plus\",\"author\":\"Anne\",\"text\":\"y\"},"
				+ json("Trois", "2009-03-03") + "]");
		// an export whose items share a line
		write("export.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" \
				xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\
				""" + item("Premier") + item("Second") + "</channel></rss>\n");

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		StepExecution ingest = JobRuns.steps(execution).get("ingest-and-classify");
		assertThat(ingest.getWriteCount()).isEqualTo(5);
		assertThat(ingest.getSkipCount()).isEqualTo(2);
		assertThat(posts()).extracting((row) -> row.get("source") + ":" + row.get("line") + ":" + row.get("entry") + " "
				+ row.get("title"))
			.containsExactlyInAnyOrder("minified.json:1:1 Un", "minified.json:1:2 Deux", "minified.json:1:5 Trois",
					"export.xml:2:1 Premier", "export.xml:2:2 Second");
		assertThat(rejects()).extracting(CSVRecord::toList)
			.containsExactly(List.of("minified.json", "1", "no date"), List.of("minified.json", "1", "no date"));
		assertThat(output).contains("\"minified.json\": 3 post(s) read, 0 skipped, 2 rejected");
	}

	@Test
	void aDateNoPostCanBearIsARejectAndTheSheetsKeepToThePlausibleMonths() throws Exception {
		write("posts.csv", """
				title,author,date,text
				Un,Anne,2009-03-20,Du texte.
				Typo,Anne,0209-03-20,Du texte.
				Futur,Anne,2109-03-20,Du texte.
				Deux,Anne,2009-04-02,Du texte.
				""");

		assertThat(run()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rejects()).extracting(CSVRecord::toList).containsExactly(
				List.of("posts.csv", "3", "implausible date 0209-03-20: before 1991, when the web began"),
				List.of("posts.csv", "4", "implausible date 2109-03-20: after the day of the run, 2026-11-24"));
		assertThat(ReportFiles.records(this.output.resolve("latest/aggregates.csv")))
			.extracting((row) -> row.get("month"))
			.containsExactly("2009-03", "2009-04");
	}

	@Test
	void anArchiveOfThirtyYearsFitsEverySheetAndAFewPages() throws Exception {
		StringBuilder csv = new StringBuilder("title,author,date,text\n");
		for (int year = 1995; year <= 2026; year++) {
			csv.append("Billet ").append(year).append(",Anne,").append(year).append("-06-01,Du texte.\n");
			csv.append("Autre ").append(year).append(",Bruno,").append(year).append("-01-15,Du texte.\n");
		}
		write("posts.csv", csv.toString());

		assertThat(run()).isEqualTo(BatchStatus.COMPLETED);

		try (XSSFWorkbook workbook = new XSSFWorkbook(this.output.resolve("latest/social-media-report.xlsx").toFile())) {
			Sheet authors = workbook.getSheet("Authors by month");
			// a row per author and month written in, not a column per month of thirty years
			assertThat(authors.getRow(0).getLastCellNum()).isEqualTo((short) 8);
			assertThat(authors.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Month");
			assertThat(authors.getLastRowNum()).isEqualTo(64 + 1);
			Row total = authors.getRow(65);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
			assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(64);
		}
		String pdf = ReportFiles.textOf(this.output.resolve("latest/social-media-report.pdf"));
		// the months of the latest two years one by one, the years before as one row each
		assertThat(pdf).contains("1995").contains("2024").contains("Jun 2026");
		assertThat(ReportFiles.pages(this.output.resolve("latest/social-media-report.pdf"))).isLessThanOrEqualTo(8);
	}

	@Test
	void eachReportCoversTheFolderItWasGivenAndNoOther() throws Exception {
		Path first = Files.createDirectories(this.input.resolve("first"));
		Path second = Files.createDirectories(this.input.resolve("second"));
		Files.writeString(first.resolve("posts.csv"), "title,author,date,text\nDu premier,Anne,2009-03-20,Un.\n");
		// the same name, size and time in the other folder: another file all the same
		Files.writeString(second.resolve("posts.csv"), "title,author,date,text\nDu second,Zoé,2009-03-20,Un.\n");
		FileTime time = FileTime.fromMillis(1_600_000_000_000L);
		Files.setLastModifiedTime(first.resolve("posts.csv"), time);
		Files.setLastModifiedTime(second.resolve("posts.csv"), time);

		JobRuns.run(this.jobOperatorTestUtils, first, this.output);
		assertThat(posts()).extracting((row) -> row.get("title")).containsExactly("Du premier");
		JobRuns.run(this.jobOperatorTestUtils, second, this.output);
		assertThat(posts()).extracting((row) -> row.get("title")).containsExactly("Du second");
		assertThat(ReportFiles.records(this.output.resolve("latest/aggregates.csv"))).extracting((row) -> row.get("author"))
			.containsExactly("Zoé");
		JobRuns.run(this.jobOperatorTestUtils, first, this.output);
		assertThat(posts()).extracting((row) -> row.get("title")).containsExactly("Du premier");
	}

	@Test
	void nothingOutsideTheInputFolderIsReadThroughALink(CapturedOutput output) throws Exception {
		write("posts.csv", "title,author,date,text\nDedans,Anne,2009-03-20,Un.\n");
		Path secret = Files.writeString(this.outside.resolve("secret.csv"),
				"title,author,date,text\nSECRET TITLE,Mallory,2009-03-20,Un.\n");
		Files.createSymbolicLink(this.input.resolve("innocent.csv"), secret);
		Files.createSymbolicLink(this.input.resolve("shadow.txt"), Path.of("/etc/shadow"));
		Files.createSymbolicLink(this.input.resolve("passwd.txt"), Path.of("/etc/passwd"));

		assertThat(run()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(posts()).extracting((row) -> row.get("title")).containsExactly("Dedans");
		try (Stream<Path> files = Files.walk(this.output)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(ReportFiles.textOf(file)).as(file.toString()).doesNotContain("SECRET TITLE", "root:x:0:0");
			}
		}
		assertThat(output).contains("Passed over the symbolic link \"innocent.csv\" -> \"" + secret + "\"")
			.contains("Passed over the symbolic link \"shadow.txt\" -> \"/etc/shadow\"");
	}

	@Test
	void aFileNameCannotForgeALineOfTheLog(CapturedOutput output) throws Exception {
		write("evil\n21:00:00.000  INFO StepSummaryListener : Job social-strategy-report COMPLETED in 0.1 s.csv",
				"title,author,date,text\nUn,Anne,2009-03-20,Du texte.\n");

		assertThat(run()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(output.toString().lines()).noneMatch((line) -> line.startsWith("21:00:00.000"));
		assertThat(output).contains("\"evil\\n21:00:00.000  INFO StepSummaryListener : Job social-strategy-report COMPLETED in"
				+ " 0.1 s.csv\": 1 post(s) read");
	}

	@Test
	void textThatWouldBeAFormulaIsSafeInEveryCsvFile() throws Exception {
		write("posts.csv", """
				title,author,date,text
				"=cmd|' /C calc'!A0",@Mallory,2009-03-20,Du texte.
				-2+3,+Anne,,Sans date.
				""");

		run();

		assertThat(posts()).singleElement().satisfies((row) -> {
			assertThat(row.get("title")).isEqualTo("'=cmd|' /C calc'!A0");
			assertThat(row.get("author")).isEqualTo("'@Mallory");
		});
		assertThat(ReportFiles.records(this.output.resolve("latest/aggregates.csv"))).singleElement()
			.satisfies((row) -> assertThat(row.get("author")).isEqualTo("'@Mallory"));
		assertThat(rejects()).singleElement().satisfies((row) -> assertThat(row.get("reason")).isEqualTo("no date"));
	}

	/** The run's status; not its execution: Spring Batch's test listeners take a method returning one for a factory. */
	private BatchStatus run() throws Exception {
		return JobRuns.run(this.jobOperatorTestUtils, this.input, this.output).getStatus();
	}

	private List<CSVRecord> posts() throws IOException {
		return ReportFiles.records(this.output.resolve("latest/posts.csv"));
	}

	private List<CSVRecord> rejects() throws IOException {
		return ReportFiles.records(this.output.resolve("latest/rejects.csv"));
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.input.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static String json(String title, String date) {
		return "{\"title\":\"" + title + "\",\"author\":\"Anne\",\"date\":\"" + date + "\",\"text\":\"Du texte.\"}";
	}

	private static String item(String title) {
		return "<item><title>" + title + "</title><dc:creator>anne</dc:creator><content:encoded>Du texte.</content:encoded>"
				+ "<wp:post_date>2009-03-20 10:00:00</wp:post_date><wp:status>publish</wp:status>"
				+ "<wp:post_type>post</wp:post_type></item>";
	}

}
