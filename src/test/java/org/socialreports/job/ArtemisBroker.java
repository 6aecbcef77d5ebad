package org.socialreports.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * An ActiveMQ Artemis broker in a process of its own ({@link ArtemisBrokerMain}), on
 * 127.0.0.1 at a free port, with a journal in a temporary folder and its log under
 * {@code target/}. Closing it stops the broker and deletes the journal; should the tests' JVM
 * end without closing it, the broker stops all the same, since its standard input closes.
 */
public final class ArtemisBroker implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ArtemisBroker.class);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final AtomicInteger started = new AtomicInteger();

	private final Process process;

	private final int port;

	private final Path data;

	private final Duration startTime;

	private ArtemisBroker(Process process, int port, Path data, Duration startTime) {
		this.process = process;
		this.port = port;
		this.data = data;
		this.startTime = startTime;
	}

	/** Starts a broker and returns once it accepts connections. */
	public static ArtemisBroker start() throws IOException, InterruptedException {
		long start = System.nanoTime();
		Path data = Files.createTempDirectory("artemis-broker-");
		Path log = Path.of("target").toAbsolutePath()
			.resolve("artemis-broker-" + ProcessHandle.current().pid() + "-" + started.incrementAndGet() + ".log");
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(JobProcess.javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-Djava.net.preferIPv4Stack=true", ArtemisBrokerMain.class.getName(),
				data.toString())
			.redirectError(Redirect.appendTo(log.toFile()));
		// the test class path, which may be longer than a command line's argument can be
		builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
		Process process = builder.start();
		CompletableFuture<String> handshake = CompletableFuture.supplyAsync(() -> firstLine(process));
		try {
			String line = handshake.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (line == null) {
				process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				throw new IllegalStateException("the broker ended before it listened (exit code "
						+ (process.isAlive() ? "none" : process.exitValue()) + "), see " + log);
			}
			ArtemisBroker broker = new ArtemisBroker(process, Integer.parseInt(line.strip()), data,
					Duration.ofNanos(System.nanoTime() - start));
			logger.info("Artemis broker listening on " + broker.url() + ", started in " + broker.startTime.toMillis()
					+ " ms; its log: " + log);
			return broker;
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			process.destroyForcibly();
			delete(data);
			throw new IllegalStateException("the broker did not start within " + START_TIMEOUT + ", see " + log, ex);
		}
	}

	/** The address a client connects to, with options of the client's URL after it. */
	public String url() {
		return "tcp://127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	/** From the start of the JVM to the broker accepting connections. */
	public Duration startTime() {
		return this.startTime;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			this.process.getOutputStream().close();
			if (!this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		finally {
			delete(this.data);
		}
	}

	private static String firstLine(Process process) {
		try {
			return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
