package org.socialreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
				"The input gave no post at all: 2 file(s) with posts or rejects, none with a post (see rejects.csv); "
						+ "the reports are empty");
		assertThat(lines.get(lines.size() - 1)).contains("Reports in ");
	}

	private CommandLineOptions options() {
		return CommandLineOptions.parse(new String[] { "--input=" + this.input, "--output=" + this.output },
				Path.of("."));
	}

	private static List<String> lines(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> !line.isBlank()).toList();
	}

}
