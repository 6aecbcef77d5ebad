package org.socialreports.report.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

import org.socialreports.DefaultLocale;
import org.socialreports.job.JobFunctionalTestSupport;
import org.socialreports.job.JobRuns;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.context.SpringBatchTest;

import static org.assertj.core.api.Assertions.assertThat;

// a German machine must not change what the English or French report says
@DefaultLocale("de-DE")
class WorkbookFunctionalTests extends JobFunctionalTestSupport {

	private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

	@Test
	void seedWorkbookInEnglish() throws Exception {
		assertThat(runJob("en")).isEqualTo(BatchStatus.COMPLETED);

		Path latest = this.output.resolve("latest");
		try (OpenedWorkbook workbook = OpenedWorkbook.open(latest.resolve("social-media-report.xlsx"))) {
			assertThat(workbook.sheetNames()).containsExactly("Summary", "Themes by month", "Authors by month",
					"Top posts", "Engagement", "Posts", "Data", "Taxonomy review");

			assertThat(summary(workbook, "Posts")).isEqualTo("5");
			assertThat(summary(workbook, "Authors")).isEqualTo("2");
			assertThat(summary(workbook, "Months")).isEqualTo("1");
			assertThat(summary(workbook, "Rejects")).isEqualTo("0");
			assertThat(summary(workbook, "Period covered")).isEqualTo("March 2009");
			assertThat(summary(workbook, "Twitter usage")).isEqualTo("1");
			assertThat(summary(workbook, "Social-network security")).isEqualTo("2");
			assertThat(summary(workbook, "Corporate blogging")).isEqualTo("1");
			assertThat(summary(workbook, "Crisis communication")).isEqualTo("1");
			assertThat(summary(workbook, "Unclassified")).isEqualTo("0");

			Sheet themes = workbook.sheet("Themes by month");
			assertThat(themes.getLastRowNum()).isEqualTo(2);
			assertThat(themes.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2009, 3, 1));
			assertThat(workbook.rowsAsCsv("Themes by month").subList(1, 3)).containsExactly("39873,1,2,1,1,0,5",
					"Total,1,2,1,1,0,5");

			assertThat(workbook.rowsAsCsv("Data"))
				.containsExactlyElementsOf(Files.readAllLines(latest.resolve("aggregates.csv")));

			// five posts: no word comes up in enough of them; each has a second theme, however improbable
			List<String> review = workbook.rowsAsCsv("Taxonomy review");
			assertThat(review.get(1)).startsWith("From the words of 5 posts read by the run of November 24, 2026");
			assertThat(review.subList(2, 6)).containsExactly(
					"Words typical of each theme's posts that the taxonomy does not list (frequent in its posts,"
							+ " rarer in the others)",
					"No word comes up in enough posts.",
					"Words typical of the posts no theme took: subjects the taxonomy leaves out, or words it misses",
					"No word comes up in enough posts.");
			assertThat(review.get(7)).isEqualTo("Title,Theme,Score,Second score,Second / first,Second theme,Source,Entry");
			Sheet calls = workbook.sheet("Taxonomy review");
			assertThat(List.of(11, 12, 13, 14, 15)).extracting((row) -> calls.getRow(row).getCell(0).getStringCellValue()
					+ " | " + calls.getRow(row).getCell(1).getStringCellValue() + " | "
					+ calls.getRow(row).getCell(5).getStringCellValue())
				// the theme model decides: the second theme is the second most probable
				.containsExactly("Orange Business Services à l’heure du Social Media | Corporate blogging"
						+ " | Crisis communication",
						"Twitter, un outil à manier avec précautions… Cas pratique ! | Twitter usage"
								+ " | Social-network security",
						"Société Générale : 1 an après Kerviel, le bilan | Crisis communication | Corporate blogging",
						"réseaux sociaux, menace ou opportunité ? le sondage | Social-network security"
								+ " | Crisis communication",
						"réseaux sociaux : menace ou opportunité ? | Social-network security | Crisis communication");
			assertThat(calls.getLastRowNum()).isEqualTo(15);

			Sheet posts = workbook.sheet("Posts");
			assertThat(posts.getLastRowNum()).isEqualTo(5);
			for (int row = 1; row <= 5; row++) {
				assertThat(DateUtil.isCellDateFormatted(posts.getRow(row).getCell(0))).isTrue();
			}
			assertThat(posts.getRow(1).getCell(0).getLocalDateTimeCellValue().getYear()).isEqualTo(2009);

			assertThat(((XSSFSheet) workbook.sheet("Summary")).getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(((XSSFSheet) workbook.sheet("Themes by month")).getDrawingPatriarch().getCharts()).hasSize(1);
			List<String> parts = workbook.workbook()
				.getPackage()
				.getPartsByName(java.util.regex.Pattern.compile("/xl/charts/chart\\d+\\.xml"))
				.stream()
				.map(PackagePart::getPartName)
				.map(Object::toString)
				.toList();
			assertThat(parts).hasSize(2);
		}
		try (var files = Files.list(latest)) {
			assertThat(files.map((file) -> file.getFileName().toString())).contains("social-media-report.xlsx")
				.noneMatch((name) -> name.endsWith(".tmp"));
		}
	}

	@Test
	void seedWorkbookInFrench() throws Exception {
		assertThat(runJob("fr")).isEqualTo(BatchStatus.COMPLETED);

		try (OpenedWorkbook workbook = OpenedWorkbook
			.open(this.output.resolve("latest").resolve("social-media-report.xlsx"))) {
			assertThat(workbook.sheetNames()).containsExactly("Synthèse", "Thèmes par mois", "Auteurs par mois",
					"Meilleurs billets", "Engagement", "Billets", "Data", "Revue de la taxonomie");
			assertThat(summary(workbook, "Synthèse", "Billets")).isEqualTo("5");
			assertThat(summary(workbook, "Synthèse", "Période couverte")).isEqualTo("mars 2009");
			assertThat(summary(workbook, "Synthèse", "Sécurité des réseaux sociaux")).isEqualTo("2");
		}
	}

	// not returning the JobExecution: @SpringBatchTest would take such a method for a factory of the job scope
	private BatchStatus runJob(String language) throws Exception {
		return JobRuns.run(this.jobOperatorTestUtils, Path.of("input"), this.output, "--lang=" + language)
			.getStatus();
	}

	private static String summary(OpenedWorkbook workbook, String label) {
		return summary(workbook, "Summary", label);
	}

	private static String summary(OpenedWorkbook workbook, String sheet, String label) {
		Row row = workbook.rowLabelled(sheet, label);
		return OpenedWorkbook.plain(row.getCell(1));
	}

}
