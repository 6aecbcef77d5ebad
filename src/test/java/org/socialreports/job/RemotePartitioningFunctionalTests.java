package org.socialreports.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.Message;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.SocialStrategyReportsApplication;
import org.socialreports.ingest.SyntheticArchive;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest-and-classify step spread over a real ActiveMQ Artemis broker and a real PostgreSQL:
 * the run is the manager, a worker (a Spring context of its own in this JVM, as a worker process
 * would start it) runs the partitions, and the CSV files are those of a run alone on HSQLDB; a
 * partition no worker takes fails the run with a message naming it, and the next run, workers
 * back, resumes it; a message that is not a request ends in the dead-letter queue.
 */
@ExtendWith(OutputCaptureExtension.class)
// a run that waits for ever on partitions fails rather than holds the build
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RemotePartitioningFunctionalTests {

	private static final List<String> FILES = List.of("posts.csv", "aggregates.csv", "rejects.csv");

	private static final int POSTS = 4000;

	private static final AtomicInteger queues = new AtomicInteger();

	private static ArtemisBroker broker;

	@TempDir
	static Path input;

	@TempDir
	static Path alone;

	@BeforeAll
	static void startBrokerAndRunAlone() throws Exception {
		broker = ArtemisBroker.start();
		SyntheticArchive.write(input, POSTS, 4, 41L);
		Files.writeString(input.resolve("broken.txt"), "Texte sans pied de page\n");
		Map<String, Object> hsqldb = new HashMap<>();
		hsqldb.put("spring.datasource.url", defaults().getProperty("spring.datasource.url"));
		hsqldb.put("spring.datasource.username", "SA");
		hsqldb.put("spring.datasource.password", "");
		hsqldb.put("spring.datasource.driver-class-name", "org.hsqldb.jdbc.JDBCDriver");
		assertThat(run(alone, input, hsqldb)).isZero();
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void aManagerAndAWorkerGiveTheFilesOfARunAlone(@TempDir Path manager, @TempDir Path workerHome) throws Exception {
		Map<String, Object> settings = remote(PostgresServer.createDatabase("remote_functional_tests"));
		try (ConfigurableApplicationContext worker = worker(workerHome, settings)) {
			assertThat(run(manager, input, settings)).isZero();
		}
		assertSameFiles(manager);
	}

	@Test
	void aPartitionNoWorkerTakesFailsTheRunNamingItAndTheNextRunResumesIt(@TempDir Path manager,
			@TempDir Path workerHome, CapturedOutput output) throws Exception {
		Map<String, Object> settings = remote(PostgresServer.createDatabase("remote_functional_tests"));
		Map<String, Object> impatient = new HashMap<>(settings);
		impatient.put("reports.partition-timeout", "2s");

		assertThat(run(manager, input, impatient)).isEqualTo(1);
		assertThat(output.getOut()).contains("The run failed: no worker took the partitions "
				+ "ingest-and-classify-file:file-00000, ingest-and-classify-file:file-00001, "
				+ "ingest-and-classify-file:file-00002, ingest-and-classify-file:file-00003, "
				+ "ingest-and-classify-file:file-00004 within 2s (reports.partition-timeout)");

		try (ConfigurableApplicationContext worker = worker(workerHome, settings)) {
			assertThat(run(manager, input, settings)).isZero();
		}
		assertThat(output.getOut()).contains("Resuming the run started")
			// the failed run's requests, still queued, were not run
			.contains("Dropped the request for ingest-and-classify-file:file-00000");
		assertSameFiles(manager);
	}

	@Test
	void whatIsNotARequestOfThisDatabaseGoesToTheDeadLetterQueue(@TempDir Path manager, @TempDir Path nothing,
			@TempDir Path workerHome) throws Exception {
		Map<String, Object> settings = remote(PostgresServer.createDatabase("remote_functional_tests"));
		// the job's tables, and a run that needed no partition
		assertThat(run(manager, nothing, settings)).isZero();
		try (ConfigurableApplicationContext worker = worker(workerHome, settings);
				ActiveMQConnectionFactory connectionFactory = new ActiveMQConnectionFactory(broker.url())) {
			JmsTemplate jms = new JmsTemplate(connectionFactory);
			jms.setReceiveTimeout(60_000);
			String queue = (String) settings.get("reports.broker-queue");
			// the run's first step execution is its plan's, not a partition of a run 99
			List<String> refused = List.of("rm -rf /", "ingest-and-classify-file 1 987654",
					"ingest-and-classify-file 99 1", "apply-overrides 1 2");
			for (String text : refused) {
				jms.send(queue, (session) -> session.createTextMessage(text));
			}
			jms.send(queue, (session) -> session.createObjectMessage(new ArrayList<>(List.of("an object"))));

			List<String> dead = new ArrayList<>();
			for (int i = 0; i < refused.size() + 1; i++) {
				Message message = jms.receive(ArtemisBrokerMain.DEAD_LETTERS);
				assertThat(message).as("dead letter " + (i + 1)).isNotNull();
				assertThat(message.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo(queue);
				dead.add((message instanceof jakarta.jms.TextMessage text) ? text.getText() : "an object message");
			}
			assertThat(dead).containsExactlyInAnyOrder("rm -rf /", "ingest-and-classify-file 1 987654",
					"ingest-and-classify-file 99 1", "apply-overrides 1 2", "an object message");
		}
	}

	private static void assertSameFiles(Path manager) throws IOException {
		for (String file : FILES) {
			assertThat(Files.mismatch(manager.resolve("reports/latest").resolve(file),
					alone.resolve("reports/latest").resolve(file))).as(file).isEqualTo(-1L);
		}
	}

	/** The settings of a manager and its workers: the database, the broker, a queue of their own. */
	private static Map<String, Object> remote(Database database) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("spring.datasource.url", database.url());
		settings.put("spring.datasource.username", database.username());
		settings.put("spring.datasource.password", database.password());
		settings.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
		settings.put("reports.broker-url", broker.url());
		settings.put("reports.broker-queue", "remote-functional-tests-" + queues.incrementAndGet());
		return settings;
	}

	/** A worker as --worker starts one, in a context of its own, with two threads. */
	private static ConfigurableApplicationContext worker(Path home, Map<String, Object> settings) throws IOException {
		Map<String, Object> properties = new HashMap<>(home(home));
		properties.putAll(settings);
		properties.put("reports.worker", "true");
		properties.put("reports.threads", "2");
		MapPropertySource overrides = new MapPropertySource("worker", properties);
		return new SpringApplicationBuilder(SocialStrategyReportsApplication.class)
			.initializers((context) -> context.getEnvironment().getPropertySources().addFirst(overrides))
			.run();
	}

	/** The command line's run in a project folder of its own; its exit code. */
	private static int run(Path home, Path input, Map<String, Object> settings) throws IOException {
		Map<String, Object> properties = new HashMap<>(home(home));
		properties.putAll(settings);
		MapPropertySource overrides = new MapPropertySource("run", properties);
		SpringApplicationBuilder application = new SpringApplicationBuilder(SocialStrategyReportsApplication.class)
			.initializers((context) -> context.getEnvironment().getPropertySources().addFirst(overrides));
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = ReportCommand.execute(new String[] { "--input=" + input, "--output=" + home.resolve("reports") },
				home, home.resolve("jobs/run.lock"), application, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		System.err.print(err.toString(StandardCharsets.UTF_8));
		return exitCode;
	}

	private static Map<String, Object> home(Path home) throws IOException {
		JobProcess.prepareHome(home);
		return Map.of("reports.home", home.toString(), "reports.taxonomy", home.resolve("jobs/taxonomy.yml").toString(),
				"reports.progress-interval-ms", "200");
	}

	private static Properties defaults() throws IOException {
		return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
	}

}
