package org.socialreports.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: checks the options before anything starts, so that a mistake costs a
 * one-line message and exit code 2, then runs the job in a Spring context.
 */
public final class ReportCommand {

	private static final String NAME = "social-strategy-reports";

	private ReportCommand() {
	}

	public static int execute(String[] args, Class<?> application, PrintStream out, PrintStream err) {
		Path home = Path.of(System.getProperty("reports.home", "."));
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
		if (!Files.isDirectory(options.input())) {
			err.println(NAME + ": input folder " + options.input() + " does not exist or is not a folder");
			return ExitCodes.BAD_CONFIGURATION;
		}
		Path lockFile = Path.of(System.getProperty("reports.lock", home.resolve("jobs/run.lock").toString()));
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

	private static int run(CommandLineOptions options, Class<?> application, PrintStream err) {
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).run();
		}
		catch (RuntimeException ex) {
			Throwable cause = Failures.rootCause(ex);
			if (cause instanceof SQLException || cause instanceof IOException) {
				// the database or the disk, not the configuration: running again may well work
				err.println(NAME + ": cannot start: " + cause.getMessage() + "; run again once it is fixed");
				return ExitCodes.FAILED;
			}
			err.println(NAME + ": configuration error: " + cause.getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
		try (context) {
			int exitCode = context.getBean(ReportJobLauncher.class).launch(options);
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

}
