package org.socialreports.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A setting out of range stops the packaged job before it starts: exit code 2 and one line
 * naming the setting, not a stack trace and exit code 1 in the middle of a run.
 */
class SettingsProcessFunctionalTests {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "-Dreports.part-bytes=-5 | reports.part-bytes must be at least 1, not -5",
			"-Dreports.chunk-size=lots | reports.chunk-size must be a whole number, not \"lots\"" })
	void aSettingOutOfRangeExitsTwoWithOneLineNamingIt(String setting, String message, @TempDir Path home)
			throws Exception {
		JobProcess run = JobProcess.startWithOptions(home, List.of(setting), "--input=" + JobProcess.PROJECT.resolve("input"));

		assertThat(run.waitFor(TIMEOUT)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(run.stderr().lines()).singleElement().asString().endsWith(message);
	}

}
