package org.socialreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
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
	}

	private void run() throws Exception {
		JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);
	}

	private CSVRecord post(String title) throws Exception {
		List<CSVRecord> posts = ReportFiles.records(this.output.resolve("latest/posts.csv"));
		return posts.stream().filter((row) -> row.get("title").equals(title)).findFirst().orElseThrow();
	}

}
