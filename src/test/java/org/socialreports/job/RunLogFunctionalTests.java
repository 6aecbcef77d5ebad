package org.socialreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a run's log, where an operator looks first: its last line says where the reports
 * are or why there are none, and a run whose input gave no post says so just before.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunLogFunctionalTests extends JobFunctionalTestSupport {

	@Autowired
	ReportJobLauncher launcher;

	@TempDir
	Path input;

	@Test
	void theLastLineSaysWhereTheReportsAre(CapturedOutput output) throws Exception {
		Files.copy(Path.of("input/conseilsmarketing-blog-archive-2009-03.txt"), this.input.resolve("seed.txt"));

		assertThat(this.launcher.launch(options())).isEqualTo(ExitCodes.COMPLETED);

		List<String> lines = lines(output);
		assertThat(lines.get(lines.size() - 1)).endsWith("Reports in " + this.output.toAbsolutePath()
			.resolve(java.time.LocalDate.now().toString()) + " (" + this.output.toAbsolutePath().resolve("latest") + ")");
		assertThat(output.getOut()).doesNotContain("no post at all", "JobParameter{", "launched with the following");
		assertThat(lines).allSatisfy((line) -> assertThat(line).hasSizeLessThan(400));
	}

	@Test
	void anInputThatGaveNoPostSaysSoAtTheEndAndStillCompletes(CapturedOutput output) throws Exception {
		Files.writeString(this.input.resolve("broken.txt"), "A title\nsome text, and no footer\n");
		Files.writeString(this.input.resolve("page.html"), "<html><body>not an archive</body></html>\n");

		assertThat(this.launcher.launch(options())).isEqualTo(ExitCodes.COMPLETED);

		List<String> lines = lines(output);
		assertThat(lines.get(lines.size() - 2)).endsWith(
				"The input gave no post at all: 2 file(s) read, none with a post (see rejects.csv); "
						+ "the reports are empty");
		assertThat(lines.get(lines.size() - 1)).contains("Reports in ");
	}

	/** A file whose every entry is passed over (a Mastodon outbox of boosts) is read, and listed as such. */
	@Test
	void aFileOfPassedOverEntriesIsListedAmongTheSources(CapturedOutput output) throws Exception {
		Files.copy(Path.of("input/conseilsmarketing-blog-archive-2009-03.txt"), this.input.resolve("seed.txt"));
		Files.writeString(this.input.resolve("outbox.json"), """
				{"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
				 "orderedItems": [{"id": "https://mastodon.example/users/amelie/statuses/2/activity",
				   "type": "Announce", "actor": "https://mastodon.example/users/amelie",
				   "published": "2009-03-10T10:00:00Z", "object": "https://other.example/statuses/9"}]}
				""");

		assertThat(this.launcher.launch(options())).isEqualTo(ExitCodes.COMPLETED);

		assertThat(output.getOut()).contains("\"outbox.json\": 0 post(s) read, 1 skipped, 0 rejected");
		Path reports = this.output.resolve("latest");
		try (PDDocument pdf = Loader.loadPDF(reports.resolve("social-media-report.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
					"outbox.json: no post ⚠ its entries were passed over (reposts, drafts…) or lie outside the period",
					"seed.txt: 5 posts", "1 file gave no post");
		}
		try (Workbook workbook = WorkbookFactory.create(reports.resolve("social-media-report.xlsx").toFile(), null,
				true)) {
			Sheet summary = workbook.getSheet("Summary");
			List<String> rows = new ArrayList<>();
			for (Row row : summary) {
				StringBuilder line = new StringBuilder();
				row.forEach((cell) -> line.append(new DataFormatter().formatCellValue(cell)).append('|'));
				rows.add(line.toString());
			}
			assertThat(rows).contains("outbox.json|0|⚠ no post: its entries were passed over (reposts, drafts…) or lie outside the period|",
					"seed.txt|5|");
		}
	}

	private CommandLineOptions options() {
		return CommandLineOptions.parse(new String[] { "--input=" + this.input, "--output=" + this.output },
				Path.of("."));
	}

	private static List<String> lines(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> !line.isBlank()).toList();
	}

}
