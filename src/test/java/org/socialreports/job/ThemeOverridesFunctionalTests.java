package org.socialreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's decision for a post, in {@code jobs/overrides.csv}, holds in every later run until
 * its line is taken out; a line the job cannot use is said and passed over.
 */
@SpringBootTest(properties = "reports.overrides=${java.io.tmpdir}/theme-overrides-test/overrides.csv")
@ExtendWith(OutputCaptureExtension.class)
class ThemeOverridesFunctionalTests extends JobFunctionalTestSupport {

	private static final Path OVERRIDES = Path.of(System.getProperty("java.io.tmpdir"), "theme-overrides-test",
			"overrides.csv");

	@TempDir
	Path input;

	@Test
	void aThemeSetByHandHoldsInLaterRunsUntilItsLineGoes(CapturedOutput output) throws Exception {
		Files.createDirectories(OVERRIDES.getParent());
		Files.deleteIfExists(OVERRIDES);
		Files.copy(NightlyRunFunctionalTests.SEED, this.input.resolve("seed.txt"));
		run();
		CSVRecord kerviel = post("Société Générale : 1 an après Kerviel, le bilan");
		assertThat(kerviel.get("theme")).isEqualTo("crisis-communication");
		assertThat(kerviel.get("set_by_hand")).isEqualTo("false");

		Files.writeString(OVERRIDES, "source,entry,theme\n" + "seed.txt," + kerviel.get("entry") + ",corporate-blogging\n"
				+ "seed.txt,not-a-number,twitter-usage\n" + "seed.txt,1,cooking\n" + "later.txt,3,twitter-usage\n");
		run();

		CSVRecord set = post("Société Générale : 1 an après Kerviel, le bilan");
		assertThat(set.get("theme")).isEqualTo("corporate-blogging");
		assertThat(set.get("set_by_hand")).isEqualTo("true");
		// the workbook says who decided, not the classifier's terms of another theme
		assertThat(decidedByInWorkbook("Société Générale : 1 an après Kerviel, le bilan"))
			.isEqualTo("set by hand (the classifier said Crisis communication)");
		assertThat(ReportFiles.textOf(this.output.resolve("latest/social-media-report.pdf")).replaceAll("\\s+", " "))
			.contains("set by hand (the classifier said Crisis communication)");
		assertThat(ReportFiles.records(this.output.resolve("latest/aggregates.csv")))
			.filteredOn((row) -> row.get("author").equals("Yann Gourvennec"))
			.extracting((row) -> row.get("theme") + ":" + row.get("posts"))
			.containsExactlyInAnyOrder("corporate-blogging:2", "social-network-security:2");
		assertThat(output).contains("line 3: entry \"not-a-number\" is not a number")
			.contains("line 4: theme \"cooking\" is not one of the taxonomy's")
			.contains("1 of 2 line(s) name a stored post; the others apply once their post is read");

		// another night with nothing new: still set by hand
		run();
		assertThat(post("Société Générale : 1 an après Kerviel, le bilan").get("theme")).isEqualTo("corporate-blogging");

		Files.writeString(OVERRIDES, "source,entry,theme\n");
		run();
		CSVRecord back = post("Société Générale : 1 an après Kerviel, le bilan");
		assertThat(back.get("theme")).isEqualTo("crisis-communication");
		assertThat(back.get("set_by_hand")).isEqualTo("false");
		assertThat(decidedByInWorkbook("Société Générale : 1 an après Kerviel, le bilan")).doesNotContain("by hand")
			.isEqualTo(back.get("matched_terms").replace("; ", ", "));
	}

	private void run() throws Exception {
		JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);
	}

	/** The Posts sheet's "Terms that decided the theme" of the post of that title. */
	private String decidedByInWorkbook(String title) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.output.resolve("latest/social-media-report.xlsx").toFile())) {
			Sheet posts = workbook.getSheet("Posts");
			Row header = posts.getRow(0);
			int terms = -1;
			for (int column = 0; column < header.getLastCellNum(); column++) {
				if (header.getCell(column).getStringCellValue().equals("Terms that decided the theme")) {
					terms = column;
				}
			}
			assertThat(terms).isNotNegative();
			for (Row row : posts) {
				if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(title)) {
					return row.getCell(terms).getStringCellValue();
				}
			}
			throw new AssertionError("no post titled " + title + " in the Posts sheet");
		}
	}

	private CSVRecord post(String title) throws Exception {
		List<CSVRecord> posts = ReportFiles.records(this.output.resolve("latest/posts.csv"));
		return posts.stream().filter((row) -> row.get("title").equals(title)).findFirst().orElseThrow();
	}

}
