package org.socialreports.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.ingest.SyntheticArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jobs/nightly-report.sh} as cron runs it: from another folder, with a bare environment,
 * in a copy of the project laid out as on a server.
 */
class NightlyScriptProcessFunctionalTests {

	@TempDir
	Path home;

	@TempDir
	Path elsewhere;

	Path script;

	@BeforeEach
	void layOutAProject() throws IOException {
		Files.createDirectories(this.home.resolve("jobs"));
		Files.createDirectories(this.home.resolve("target"));
		Files.createDirectories(this.home.resolve("input"));
		this.script = this.home.resolve("jobs/nightly-report.sh");
		Files.copy(JobProcess.PROJECT.resolve("jobs/nightly-report.sh"), this.script);
		Files.copy(JobProcess.PROJECT.resolve("jobs/app.sh"), this.home.resolve("jobs/app.sh"));
		Files.copy(JobProcess.PROJECT.resolve("jobs/taxonomy.yml"), this.home.resolve("jobs/taxonomy.yml"));
		Files.copy(JobProcess.PROJECT.resolve("input/conseilsmarketing-blog-archive-2009-03.txt"),
				this.home.resolve("input/seed.txt"));
		Files.createSymbolicLink(this.home.resolve("target/social-strategy-reports.jar"), JobProcess.jar());
	}

	@AfterEach
	void unlinkTheJar() throws IOException {
		// JUnit would say it leaves the link's target alone; nothing to say
		Files.deleteIfExists(this.home.resolve("target/social-strategy-reports.jar"));
	}

	@Test
	void missingJarExitsTwoWithOneLine() throws Exception {
		Files.delete(this.home.resolve("target/social-strategy-reports.jar"));

		Result result = run(Map.of());

		assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(result.stderr().lines()).singleElement().asString().contains("social-strategy-reports.jar is missing");
	}

	@Test
	void runLogsToTheDaysFileAndKeepsTheLastLogsAndReports() throws Exception {
		Path logs = Files.createDirectories(this.home.resolve("jobs/logs"));
		for (int day = 1; day <= 35; day++) {
			Files.writeString(logs.resolve(LocalDate.of(2020, 1, day % 28 + 1).plusMonths(day / 28) + ".log"), "old");
		}
		for (String old : List.of("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04")) {
			Files.createDirectories(this.home.resolve("reports").resolve(old));
		}

		Result result = run(Map.of("KEEP_REPORTS", "3"));

		assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.COMPLETED);
		String today = LocalDate.now().toString();
		assertThat(Files.readString(logs.resolve(today + ".log"))).contains("Job social-strategy-report COMPLETED")
			.contains("nightly-report: exit code 0");
		try (Stream<Path> kept = Files.list(logs)) {
			assertThat(kept).hasSize(30).contains(logs.resolve(today + ".log"));
		}
		try (Stream<Path> reports = Files.list(this.home.resolve("reports"))) {
			assertThat(reports.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder("2026-01-03",
					"2026-01-04", today, "latest", ".publish.lock");
		}
		assertThat(Files.readAllLines(this.home.resolve("reports/latest/aggregates.csv")))
			.containsExactlyElementsOf(SocialStrategyReportJobFunctionalTests.SEED_AGGREGATES);
		// started from the unpacked jar, with the class archive its first run trained
		try (Stream<Path> app = Files.list(this.home.resolve("target/app"))) {
			assertThat(app.map((path) -> path.getFileName().toString())).contains("social-strategy-reports.jar", "lib")
				.anyMatch((name) -> name.startsWith("classes-") && name.endsWith(".jsa"));
		}
		assertThat(Files.readString(logs.resolve(today + ".log"))).contains("Training the class archive")
			.doesNotContain("warning:");
	}

	@Test
	void secondConcurrentRunExitsThree() throws Exception {
		SyntheticArchive.write(this.home.resolve("input/large"), 60_000, 2, 2009L);
		Process first = start(Map.of());
		Path log = this.home.resolve("jobs/logs/" + LocalDate.now() + ".log");
		awaitContent(log, "posts stored so far", first);

		Result second = run(Map.of());

		assertThat(second.exitCode()).isEqualTo(ExitCodes.LOCKED);
		assertThat(second.stderr()).contains("another nightly run holds");
		assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(first.exitValue()).isEqualTo(ExitCodes.COMPLETED);
	}

	private Process start(Map<String, String> environment) throws IOException {
		ProcessBuilder builder = new ProcessBuilder("/usr/bin/env", "-i", "HOME=" + this.elsewhere,
				"JAVA=" + JobProcess.javaExecutable(), "JAVA_OPTS=-Xmx512m -Dreports.progress-interval-ms=200");
		environment.forEach((name, value) -> builder.command().add(name + "=" + value));
		builder.command().add(this.script.toString());
		return builder.directory(this.elsewhere.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(this.elsewhere.resolve("stderr-" + System.nanoTime()).toFile())
			.start();
	}

	private Result run(Map<String, String> environment) throws Exception {
		Path stderr = this.elsewhere.resolve("stderr-" + System.nanoTime());
		ProcessBuilder builder = new ProcessBuilder("/usr/bin/env", "-i", "HOME=" + this.elsewhere,
				"JAVA=" + JobProcess.javaExecutable(), "JAVA_OPTS=-Xmx512m");
		environment.forEach((name, value) -> builder.command().add(name + "=" + value));
		builder.command().add(this.script.toString());
		Process process = builder.directory(this.elsewhere.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(stderr.toFile())
			.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
	}

	private static void awaitContent(Path file, String text, Process process) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!Files.exists(file) || !Files.readString(file).contains(text)) {
			assertThat(process.isAlive()).as("the first run is still running").isTrue();
			assertThat(System.nanoTime()).as("waited for '" + text + "'").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	record Result(int exitCode, String stderr) {
	}

}
