package org.socialreports.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.classify.PartitionWorker;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The command line: checks the options before anything starts, so that a mistake costs a
 * one-line message and exit code 2, then runs the job in a Spring context.
 */
public final class ReportCommand {

	private static final Log logger = LogFactory.getLog(ReportCommand.class);

	private static final String NAME = "social-strategy-reports";

	private ReportCommand() {
	}

	public static int execute(String[] args, Class<?> application, PrintStream out, PrintStream err) {
		Path home = Path.of(System.getProperty("reports.home", "."));
		Path lockFile = Path.of(System.getProperty("reports.lock", home.resolve("jobs/run.lock").toString()));
		return execute(args, home, lockFile, new SpringApplicationBuilder(application), out, err);
	}

	/**
	 * The command line with the project folder and the lock given rather than taken from the system
	 * properties, in the application given: the training of the class archive gives its own (TrainingRun).
	 */
	static int execute(String[] args, Path home, Path lockFile, SpringApplicationBuilder application, PrintStream out,
			PrintStream err) {
		CommandLineOptions options;
		try {
			options = CommandLineOptions.parse(args, home);
		}
		catch (CommandLineOptions.BadOptionException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
		if (options.help()) {
			out.print(CommandLineOptions.USAGE);
			return ExitCodes.COMPLETED;
		}
		if (options.evaluate() != null) {
			return Evaluation.run(options.evaluate(), home, out, err);
		}
		if (options.trainModel() != null) {
			return ModelTraining.run(options.trainModel(), home, out, err);
		}
		if (options.worker()) {
			// no lock: the run is the manager's, which holds it; the input's paths come with each partition
			return work(application.properties(ReportJobConfiguration.WORKER_MODE + "=true"), err);
		}
		if (!Files.isDirectory(options.input())) {
			err.println(NAME + ": input folder " + options.input() + " does not exist or is not a folder");
			return ExitCodes.BAD_CONFIGURATION;
		}
		try (RunLock lock = RunLock.tryAcquire(lockFile).orElse(null)) {
			if (lock == null) {
				err.println(NAME + ": another run holds the lock " + lockFile + " (process " + RunLock.holder(lockFile)
						+ "); not started");
				return ExitCodes.LOCKED;
			}
			return run(options, application, err);
		}
		catch (IOException ex) {
			err.println(NAME + ": cannot take the lock " + lockFile + ": " + ex.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
	}

	/**
	 * Runs the partitions that managers send until the process is stopped: on SIGTERM the
	 * context closes, takes no new partition and waits for those it runs to end.
	 */
	private static int work(SpringApplicationBuilder application, PrintStream err) {
		ConfigurableApplicationContext context;
		try {
			// closed by the hook below, once the partitions running have ended
			context = application.registerShutdownHook(false).run();
		}
		catch (RuntimeException ex) {
			return cannotStart(ex, err);
		}
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				context.getBean(PartitionWorker.class).finishRunningPartitions();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				context.close();
			}
		}, "worker-stop"));
		logger.info("Worker waiting for partitions from " + context.getEnvironment().getProperty("reports.broker-url")
				+ ", queue " + context.getEnvironment().getProperty("reports.broker-queue"));
		try {
			closed.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			context.close();
		}
		return ExitCodes.COMPLETED;
	}

	private static int run(CommandLineOptions options, SpringApplicationBuilder application, PrintStream err) {
		ConfigurableApplicationContext context;
		try {
			context = application.run();
		}
		catch (RuntimeException ex) {
			return cannotStart(ex, err);
		}
		try (context) {
			int exitCode = context.getBean(ReportJobLauncher.class).launch(options);
			List<Path> lost = EmbeddedDatabase.of(context.getEnvironment())
				.map(EmbeddedDatabase::missingFiles)
				.orElse(List.of());
			if (!lost.isEmpty()) {
				return lostDatabase(lost, exitCode, err);
			}
			if (exitCode == ExitCodes.FAILED) {
				err.println(NAME + ": the run failed (see the log above); run again to resume it");
			}
			if (exitCode == ExitCodes.MAIL_FAILED) {
				err.println(NAME + ": the reports are published, but their mail could not be sent (see the log above)");
			}
			return exitCode;
		}
		catch (Exception ex) {
			err.println(NAME + ": the run failed: " + Failures.rootCause(ex).getMessage() + "; run again to resume it");
			return ExitCodes.FAILED;
		}
	}

	/** What a context that could not start means: the database, the disk, or the configuration. */
	private static int cannotStart(RuntimeException ex, PrintStream err) {
		CannotOpenDatabaseException database = Failures.find(ex, CannotOpenDatabaseException.class);
		if (database != null) {
			err.println(NAME + ": " + database.getMessage()
					+ ((database.exitCode() == ExitCodes.FAILED) ? "; run again once it is fixed" : ""));
			return database.exitCode();
		}
		Throwable cause = Failures.rootCause(ex);
		if (cause instanceof SQLException || cause instanceof IOException) {
			// the database or the disk, not the configuration: running again may well work
			String diskFull = Failures.diskFull(ex);
			err.println(NAME + ": cannot start: " + ((diskFull != null) ? diskFull : cause.getMessage())
					+ "; run again once it is fixed");
			return ExitCodes.FAILED;
		}
		err.println(NAME + ": configuration error: " + cause.getMessage());
		return ExitCodes.BAD_CONFIGURATION;
	}

	/**
	 * The database's files were deleted while the job ran: whatever the run did is lost with them
	 * once it closes the database. The next run finds what is left damaged and rebuilds it
	 * (DatabaseOpener); this one fails, so that monitoring learns that something deletes them.
	 */
	private static int lostDatabase(List<Path> lost, int exitCode, PrintStream err) {
		String files = lost.stream().map(Path::toString).collect(Collectors.joining(", "));
		String message = " were deleted while the job ran: the database is lost"
				+ ((exitCode == ExitCodes.COMPLETED) ? " (this run's reports were published all the same)" : "")
				+ "; the next run rebuilds it from the input files";
		logger.error("The database files " + files + message);
		err.println(NAME + ": the database files " + files + message);
		return ExitCodes.FAILED;
	}

}
