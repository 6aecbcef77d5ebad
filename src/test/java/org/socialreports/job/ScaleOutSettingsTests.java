package org.socialreports.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;

import org.socialreports.SocialStrategyReportsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings that cannot scale out are refused before anything is opened: one line, exit code 2,
 * no database made and no report written. No broker is needed: nothing gets as far as one.
 */
class ScaleOutSettingsTests {

	private static final String BROKER = "tcp://127.0.0.1:1";

	@TempDir
	Path home;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aRunWithABrokerOnTheEmbeddedDatabaseIsRefused() throws IOException {
		Path input = Files.createDirectories(this.home.resolve("input"));
		Files.writeString(input.resolve("posts.txt"), "Titre : Un billet\nAuteur : Anne\nDate : 2009-03-01\n\nDu texte.\n");

		assertThat(run(Map.of("reports.broker-url", BROKER), "--input=" + input, "--output=" + this.home.resolve("reports")))
			.isEqualTo(ExitCodes.BAD_CONFIGURATION);

		assertThat(error()).isEqualTo("social-strategy-reports: configuration error: reports.broker-url sends the"
				+ " partitions to workers, which need a database they share with this run (spring.datasource.url,"
				+ " PostgreSQL), not the embedded HSQLDB of this host; without reports.broker-url the run classifies"
				+ " on this machine alone\n");
		assertThat(this.home.resolve("jobs/db")).doesNotExist();
		assertThat(this.home.resolve("reports")).doesNotExist();
	}

	@Test
	void aWorkerWithoutABrokerIsRefused() throws IOException {
		assertThat(run(Map.of(), "--worker")).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(error()).isEqualTo("social-strategy-reports: configuration error: --worker needs"
				+ " reports.broker-url, the broker that the manager sends its partitions to\n");
		assertThat(this.home.resolve("jobs/db")).doesNotExist();
	}

	@Test
	void aWorkerOnTheEmbeddedDatabaseIsRefused() throws IOException {
		assertThat(run(Map.of("reports.broker-url", BROKER), "--worker")).isEqualTo(ExitCodes.BAD_CONFIGURATION);
		assertThat(error()).isEqualTo("social-strategy-reports: configuration error: --worker needs the manager's"
				+ " database (spring.datasource.url, PostgreSQL), not the embedded HSQLDB of this host\n");
		assertThat(this.home.resolve("jobs/db")).doesNotExist();
	}

	private int run(Map<String, Object> settings, String... args) throws IOException {
		JobProcess.prepareHome(this.home);
		Map<String, Object> properties = new HashMap<>(settings);
		properties.put("reports.home", this.home.toString());
		properties.put("reports.taxonomy", this.home.resolve("jobs/taxonomy.yml").toString());
		MapPropertySource overrides = new MapPropertySource("test", properties);
		SpringApplicationBuilder application = new SpringApplicationBuilder(SocialStrategyReportsApplication.class)
			.initializers((context) -> context.getEnvironment().getPropertySources().addFirst(overrides));
		return ReportCommand.execute(args, this.home, this.home.resolve("jobs/run.lock"), application,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String error() {
		return this.err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
