package org.socialreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A taxonomy of five themes, one renamed and one added, with no change to the job: every output
 * follows it.
 */
@SpringBootTest(properties = "reports.taxonomy=src/test/resources/classify/five-themes.yml")
class TaxonomyThemesFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path input;

	@Test
	void everyOutputListsTheTaxonomysThemes() throws Exception {
		Files.copy(NightlyRunFunctionalTests.SEED, this.input.resolve("seed.txt"));
		Files.writeString(this.input.resolve("influence.csv"), """
				title,author,date,text
				Le marketing d'influence en 2009,Anne,2009-03-25,"Une marque choisit ses influenceurs : l'influenceuse \
				devient ambassadeur, le placement de produit sponsorisé remplace la publicité, et chaque influenceur \
				est payé au billet."
				""");

		assertThat(JobRuns.run(this.jobOperatorTestUtils, this.input, this.output).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		Path latest = this.output.resolve("latest");
		String header = Files.readAllLines(latest.resolve("posts.csv")).get(0);
		assertThat(header).contains(",score,score_twitter_usage,score_social_network_security,score_brand_publishing,"
				+ "score_crisis_communication,score_influencer_marketing,matched_terms,")
			.doesNotContain("score_corporate_blogging");
		assertThat(ReportFiles.records(latest.resolve("aggregates.csv"))).extracting((row) -> row.get("theme"))
			.containsExactlyInAnyOrder("influencer-marketing", "brand-publishing", "crisis-communication",
					"social-network-security", "twitter-usage");
		try (XSSFWorkbook workbook = new XSSFWorkbook(latest.resolve("social-media-report.xlsx").toFile())) {
			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(themeRows(summary)).containsExactly("Twitter usage", "Social-network security", "Brand publishing",
					"Crisis communication", "Influencer marketing", "Unclassified");
			XSSFChart bars = summary.getDrawingPatriarch().getCharts().get(0);
			assertThat(bars.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
			Row themesHeader = workbook.getSheet("Themes by month").getRow(0);
			assertThat(themesHeader.getCell(3).getStringCellValue()).isEqualTo("Brand publishing");
			assertThat(themesHeader.getCell(5).getStringCellValue()).isEqualTo("Influencer marketing");
			XSSFChart trend = workbook.getSheet("Themes by month").getDrawingPatriarch().getCharts().get(0);
			assertThat(trend.getChartSeries().get(0).getSeriesCount()).isEqualTo(6);
			assertThat(workbook.getSheet("Top posts").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Twitter usage");
		}
		String pdf = ReportFiles.textOf(latest.resolve("social-media-report.pdf"));
		assertThat(pdf).contains("Influencer marketing", "Brand publishing", "Le marketing d'influence en 2009")
			.doesNotContain("Corporate blogging");
	}

	/** The labels of the rows under the Summary's "Posts per theme" header, down to the total. */
	private static List<String> themeRows(XSSFSheet summary) {
		int header = -1;
		for (Row row : summary) {
			if (row.getCell(0) != null && "Theme".equals(row.getCell(0).toString())) {
				header = row.getRowNum();
				break;
			}
		}
		List<String> labels = new java.util.ArrayList<>();
		for (int index = header + 1; !"Total".equals(summary.getRow(index).getCell(0).toString()); index++) {
			labels.add(summary.getRow(index).getCell(0).toString());
		}
		return labels;
	}

}
