package org.socialreports.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged job as cron would start it: a separate JVM running the jar, with its own
 * project folder (database, lock, logs), its output captured in a file.
 */
final class JobProcess {

	static final Path PROJECT = Path.of("").toAbsolutePath();

	private final Process process;

	private final Path log;

	private JobProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/** Starts the jar with {@code home} as its project folder. */
	static JobProcess start(Path home, List<String> prefix, String... args) throws IOException {
		return start(home, prefix, List.of(), args);
	}

	/** Starts the jar with these options of the JVM (system properties, say) after the usual ones. */
	static JobProcess startWithOptions(Path home, List<String> jvmOptions, String... args) throws IOException {
		return start(home, List.of(), jvmOptions, args);
	}

	/** Starts the jar with {@code home} as its project folder and the JVM options given. */
	static JobProcess start(Path home, List<String> prefix, List<String> jvmOptions, String... args)
			throws IOException {
		prepareHome(home);
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(javaExecutable(), "-Xmx512m", "-Dreports.home=" + home,
				"-Dreports.progress-interval-ms=200"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar().toString()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(home.getParent(), home.getFileName() + "-run-", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(false)
			.redirectOutput(log.toFile())
			.redirectError(log.resolveSibling(log.getFileName() + ".err").toFile())
			.start();
		return new JobProcess(process, log);
	}

	/** Gives a project folder the taxonomy, unless it has one. */
	static void prepareHome(Path home) throws IOException {
		Files.createDirectories(home.resolve("jobs"));
		Path taxonomy = home.resolve("jobs/taxonomy.yml");
		if (!Files.exists(taxonomy)) {
			Files.copy(PROJECT.resolve("jobs/taxonomy.yml"), taxonomy);
		}
	}

	/** Root writes anywhere, so a test run as root starts the job as nobody to meet a read-only folder. */
	static List<String> unprivileged(Path home) {
		return "root".equals(System.getProperty("user.name"))
				? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--") : List.of();
	}

	/** Gives a project folder to the user that {@link #unprivileged} starts the job as. */
	static void giveAway(Path home, List<String> asUnprivileged) throws IOException, InterruptedException {
		prepareHome(home);
		if (!asUnprivileged.isEmpty()) {
			Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
			Process chown = new ProcessBuilder("chown", "-R", "65534:65534", home.toString()).inheritIO().start();
			if (chown.waitFor() != 0) {
				throw new IllegalStateException("cannot give " + home + " away");
			}
		}
	}

	static JobProcess start(Path home, String... args) throws IOException {
		return start(home, List.of(), args);
	}

	static Path jar() {
		return Path.of(System.getProperty("reports.jar", PROJECT.resolve("target/social-strategy-reports.jar").toString()));
	}

	static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	int waitFor(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("the job did not end within " + timeout);
		}
		return this.process.exitValue();
	}

	/** Waits until the log shows the given text, or fails after the timeout. */
	void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
		awaitLog((log) -> log.contains(text), "logged '" + text + "'", timeout);
	}

	/** Waits until the ingest's progress lines say that at least this many posts are stored, or fails after the timeout. */
	void awaitStored(long posts, Duration timeout) throws IOException, InterruptedException {
		Pattern progress = Pattern.compile("([\\d,]+) posts stored so far");
		awaitLog((log) -> {
			Matcher line = progress.matcher(log);
			long stored = 0;
			while (line.find()) {
				stored = Math.max(stored, Long.parseLong(line.group(1).replace(",", "")));
			}
			return stored >= posts;
		}, "stored " + posts + " posts", timeout);
	}

	/** Waits until the log so far passes {@code test}; fails when the job ends first or after the timeout. */
	private void awaitLog(Predicate<String> test, String event, Duration timeout)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!test.test(stdout())) {
			if (System.nanoTime() > deadline || !this.process.isAlive()) {
				throw new IllegalStateException("never " + event + ":\n" + stdout() + stderr());
			}
			Thread.sleep(20);
		}
	}

	/** Stops the JVM where it stands ({@code SIGSTOP}): it holds its files and locks, and does nothing. */
	void suspend() throws IOException, InterruptedException {
		signal("STOP");
	}

	/** Lets a suspended JVM go on ({@code SIGCONT}). */
	void resume() throws IOException, InterruptedException {
		signal("CONT");
	}

	private void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(this.process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + name + " " + this.process.pid() + " failed");
		}
	}

	long pid() {
		return this.process.pid();
	}

	/** Asks the JVM to stop ({@code SIGTERM}, as systemd or Kubernetes would) and waits for it to end; its exit code. */
	int terminate(Duration timeout) throws InterruptedException {
		this.process.destroy();
		return waitFor(timeout);
	}

	/** Ends the JVM at once, as {@code kill -9} would. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	String stdout() throws IOException {
		return Files.readString(this.log, StandardCharsets.UTF_8);
	}

	String stderr() throws IOException {
		return Files.readString(this.log.resolveSibling(this.log.getFileName() + ".err"), StandardCharsets.UTF_8);
	}

}
