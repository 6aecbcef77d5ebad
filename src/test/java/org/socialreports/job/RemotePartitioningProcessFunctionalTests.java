package org.socialreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.ingest.SyntheticArchive;
import org.socialreports.job.PostgresServer.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged job scaled out: a manager and two workers, each a JVM of its own with a small
 * heap, one real ActiveMQ Artemis broker and one real PostgreSQL, 100,000 posts in eight
 * files. The three CSV files are byte-identical to those of one JVM alone on HSQLDB when a
 * worker is killed ({@code kill -9}) half way through a partition, and when the manager is
 * killed and run again while both workers serve it; workers stop on SIGTERM.
 */
class RemotePartitioningProcessFunctionalTests {

	static final Duration TIMEOUT = Duration.ofMinutes(4);

	static final int POSTS = 100_000;

	private static final List<String> FILES = List.of("posts.csv", "aggregates.csv", "rejects.csv");

	private static final AtomicInteger queues = new AtomicInteger();

	@TempDir
	static Path shared;

	static Path archive;

	static ArtemisBroker broker;

	@BeforeAll
	static void startBrokerAndRunAlone() throws Exception {
		broker = ArtemisBroker.start();
		archive = shared.resolve("input");
		SyntheticArchive.write(archive, POSTS, 8, 2019L);
		Files.writeString(archive.resolve("broken.txt"), "Texte sans pied de page\n");
		Path alone = shared.resolve("alone");
		JobProcess run = JobProcess.start(alone, "--input=" + archive, "--output=" + alone.resolve("reports"));
		assertThat(run.waitFor(TIMEOUT)).as(run.stderr()).isEqualTo(ExitCodes.COMPLETED);
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void aWorkerKilledHalfWayThroughAPartitionLeavesItToTheOtherWhichResumesIt(@TempDir Path manager,
			@TempDir Path reports) throws Exception {
		List<String> settings = remote(PostgresServer.createDatabase("RemotePartitioningProcessFunctionalTests"));
		List<JobProcess> workers = workers(settings);
		try {
			JobProcess run = JobProcess.startWithOptions(manager, settings, "--input=" + archive,
					"--output=" + reports);
			// its first partition has 12,500 posts: at a thousand stored, it is half way through it
			workers.get(0).awaitStored(1000, TIMEOUT);
			workers.get(0).kill();

			assertThat(run.waitFor(TIMEOUT)).as(run.stderr()).isEqualTo(ExitCodes.COMPLETED);
			assertSameFiles(reports);
			assertThat(workers.get(1).stdout()).containsPattern("Resuming ingest-and-classify-file:file-\\d+ \\(step "
					+ "execution \\d+\\), which another worker left STARTED, from its last committed chunk")
				.containsPattern("resuming after \\d+ entries");
		}
		finally {
			killAll(workers);
		}
	}

	@Test
	void theManagerKilledIsResumedByTheNextRunWhichTheWorkersServeTooAndTheyStopWhenAsked(@TempDir Path manager,
			@TempDir Path reports) throws Exception {
		Database database = PostgresServer.createDatabase("RemotePartitioningProcessFunctionalTests");
		List<String> settings = remote(database);
		List<JobProcess> workers = workers(settings);
		try {
			JobProcess killed = JobProcess.startWithOptions(manager, settings, "--input=" + archive,
					"--output=" + reports);
			workers.get(0).awaitStored(1000, TIMEOUT);
			killed.kill();
			PostgresqlProcessFunctionalTests.awaitLockReleased(database);

			JobProcess resumed = JobProcess.startWithOptions(manager, settings, "--input=" + archive,
					"--output=" + reports);

			assertThat(resumed.waitFor(TIMEOUT)).as(resumed.stderr()).isEqualTo(ExitCodes.COMPLETED);
			assertThat(resumed.stdout()).contains("Resuming the run started");
			assertSameFiles(reports);
			// whether a worker takes a request of the killed run before the next run has recovered
			// it (and runs it, its commits then refused) or after (and drops it) is a race: the
			// dropping is asserted by RemotePartitioningFunctionalTests, where no worker runs
			for (JobProcess worker : workers) {
				assertThat(worker.stdout()).as("each worker ran partitions").contains("posts stored so far");
				// SIGTERM, as systemd or Kubernetes stop a worker: the exit status of a JVM that ends on it
				assertThat(worker.terminate(TIMEOUT)).isEqualTo(128 + 15);
			}
		}
		finally {
			killAll(workers);
		}
	}

	/** Workers wait for partitions until stopped: none outlives its test, whatever its outcome. */
	private static void killAll(List<JobProcess> workers) throws InterruptedException {
		for (JobProcess worker : workers) {
			worker.kill();
		}
	}

	private static void assertSameFiles(Path reports) throws IOException {
		for (String file : FILES) {
			assertThat(Files.mismatch(reports.resolve("latest").resolve(file),
					shared.resolve("alone/reports/latest").resolve(file))).as(file).isEqualTo(-1L);
		}
	}

	/** Two workers, each on its own project folder (its own host), running one partition at a time. */
	private static List<JobProcess> workers(List<String> settings) throws IOException, InterruptedException {
		List<String> options = new ArrayList<>(settings);
		options.add("-Dreports.threads=1");
		List<JobProcess> workers = new ArrayList<>();
		for (int i = 1; i <= 2; i++) {
			workers.add(JobProcess.startWithOptions(Files.createTempDirectory(shared, "worker-" + i + "-"), options,
					"--worker"));
		}
		for (JobProcess worker : workers) {
			worker.awaitLog("Worker waiting for partitions", TIMEOUT);
		}
		return workers;
	}

	/** The JVM options of a manager and its workers: a small heap, the database, the broker, a queue of their own. */
	private static List<String> remote(Database database) {
		return List.of("-Xmx256m", "-Dspring.datasource.url=" + database.url(),
				"-Dspring.datasource.username=" + database.username(),
				"-Dspring.datasource.password=" + database.password(),
				"-Dspring.datasource.driver-class-name=org.postgresql.Driver", "-Dreports.broker-url=" + broker.url(),
				"-Dreports.broker-queue=remote-process-tests-" + queues.incrementAndGet(),
				// a partition left to no one fails the run soon, rather than the test after its own timeout
				"-Dreports.partition-timeout=60s");
	}

}
