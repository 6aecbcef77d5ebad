package org.socialreports.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jobs/run-report.sh} on its first run after a build, which trains the class archive
 * first: in a copy of the project whose {@code input/} holds the sample, for an operator whose
 * own archive, database and reports are elsewhere, named by the options and {@code JAVA_OPTS}.
 */
class RunReportScriptProcessFunctionalTests {

	@TempDir
	Path home;

	@TempDir
	Path operator;

	Path archive;

	Path output;

	String database;

	@BeforeEach
	void layOutAProjectAndTheOperatorsFiles() throws IOException {
		Files.createDirectories(this.home.resolve("jobs"));
		Files.createDirectories(this.home.resolve("target"));
		Files.createDirectories(this.home.resolve("input"));
		for (String file : List.of("run-report.sh", "app.sh", "java-options", "taxonomy.yml")) {
			Files.copy(JobProcess.PROJECT.resolve("jobs").resolve(file), this.home.resolve("jobs").resolve(file));
		}
		Files.copy(JobProcess.PROJECT.resolve("input/conseilsmarketing-blog-archive-2009-03.txt"),
				this.home.resolve("input/conseilsmarketing-blog-archive-2009-03.txt"));
		Files.createSymbolicLink(this.home.resolve("target/social-strategy-reports.jar"), JobProcess.jar());
		this.archive = Files.createDirectories(this.operator.resolve("archive"));
		Files.writeString(this.archive.resolve("posts.csv"), """
				title,author,date,text
				"Twitter et la relation client",Night Operator,2009-04-02,"Les marques répondent sur Twitter."
				"Le blog du dirigeant",Night Operator,2009-04-09,"Un dirigeant qui blogue parle à ses équipes."
				""", StandardCharsets.UTF_8);
		this.output = this.operator.resolve("reports");
		this.database = "jdbc:hsqldb:file:" + this.operator.resolve("db/reports") + ";shutdown=true";
	}

	@AfterEach
	void unlinkTheJar() throws IOException {
		Files.deleteIfExists(this.home.resolve("target/social-strategy-reports.jar"));
	}

	@Test
	void trainingTheClassArchiveTouchesNothingOfTheOperatorsAndTheirUnfinishedRunIsResumed() throws Exception {
		// a run that fails in its report step (its output is a file) waits in the operator's database to be resumed
		Files.createFile(this.output);
		JobProcess failed = JobProcess.start(this.home, List.of(), List.of("-Dspring.datasource.url=" + this.database),
				"--input=" + this.archive, "--output=" + this.output);
		assertThat(failed.waitFor(CommandLineProcessFunctionalTests.TIMEOUT)).isEqualTo(ExitCodes.FAILED);
		Files.delete(this.output);

		Result first = runReport("-Dspring.datasource.url=" + this.database, "--input=" + this.archive,
				"--output=" + this.output);

		assertThat(first.exitCode()).as(first.stderr()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(first.stderr()).contains("Training the class archive").doesNotContain("warning:");
		assertThat(first.stdout()).contains("Resuming the run").doesNotContain("abandoned");
		assertThat(Files.readAllLines(this.output.resolve("latest/aggregates.csv"))).containsExactly(
				"author,month,theme,posts,words", "Night Operator,2009-04,corporate-blogging,1,12",
				"Night Operator,2009-04,twitter-usage,1,10");
		try (Connection connection = DriverManager.getConnection(this.database, "SA", "")) {
			assertThat(strings(connection, "SELECT DISTINCT author FROM staged_post")).containsExactly("Night Operator");
			assertThat(strings(connection, "SELECT source FROM source_file")).containsExactly("posts.csv");
			assertThat(strings(connection, "SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
				.containsExactly("FAILED", "COMPLETED", "COMPLETED");
		}
		assertThat(this.home.resolve("jobs/db")).doesNotExist();
		assertThat(this.home.resolve("reports")).doesNotExist();
	}

	@Test
	void theClassArchiveHoldsTheClassesOfEveryParserTheWorkbookThePdfAndTheFileDatabase() throws Exception {
		Result first = runReport("-Xmx512m");
		assertThat(first.exitCode()).as(first.stderr()).isEqualTo(ExitCodes.COMPLETED);

		Path archive;
		try (Stream<Path> app = Files.list(this.home.resolve("target/app"))) {
			archive = app.filter((file) -> file.getFileName().toString().endsWith(".jsa")).findFirst().orElseThrow();
		}
		Process print = new ProcessBuilder(JobProcess.javaExecutable(), "-XX:SharedArchiveFile=" + archive,
				"-XX:+PrintSharedArchiveAndExit", "-cp", this.home.resolve("target/app/social-strategy-reports.jar").toString())
			.redirectErrorStream(true)
			.start();
		String classes = new String(print.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(print.waitFor(1, TimeUnit.MINUTES)).isTrue();
		for (String parser : List.of("text.Text", "xml.Wxr", "xml.Feed", "tabular.Csv", "tabular.Json",
				"tabular.JsonLines")) {
			assertThat(classes).contains(" org.socialreports.ingest." + parser + "ArchiveParser app_loader");
		}
		assertThat(classes).contains(" org.socialreports.ingest.social.TweetReader app_loader")
			.contains(" org.socialreports.ingest.social.OutboxActivityReader app_loader");
		assertThat(classes).contains(" org.apache.poi.xssf.streaming.SXSSFWorkbook app_loader")
			.contains(" com.lowagie.text.pdf.PdfWriter app_loader")
			.contains(" org.hsqldb.persist.DataFileCache app_loader");
	}

	/** run-report.sh as an operator starts it by hand, with only {@code JAVA_OPTS} set and the JDK on the path. */
	private Result runReport(String javaOptions, String... args) throws Exception {
		Path stdout = this.operator.resolve("stdout-" + System.nanoTime());
		Path stderr = this.operator.resolve("stderr-" + System.nanoTime());
		List<String> command = new ArrayList<>(List.of("/usr/bin/env", "-i", "HOME=" + this.operator,
				"PATH=" + Path.of(JobProcess.javaExecutable()).getParent() + ":/usr/bin:/bin", "JAVA_OPTS=" + javaOptions,
				this.home.resolve("jobs/run-report.sh").toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(this.operator.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8));
	}

	private static List<String> strings(Connection connection, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = connection.createStatement().executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	record Result(int exitCode, String stdout, String stderr) {
	}

}
