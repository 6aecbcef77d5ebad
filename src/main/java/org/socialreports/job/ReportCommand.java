package org.socialreports.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
			err.println(NAME + ": configuration error: " + rootCause(ex).getMessage());
			return ExitCodes.BAD_CONFIGURATION;
		}
		try (context) {
			int exitCode = context.getBean(ReportJobLauncher.class).launch(options);
			if (exitCode == ExitCodes.FAILED) {
				err.println(NAME + ": the run failed (see the log above); run again to resume it");
			}
			return exitCode;
		}
		catch (Exception ex) {
			err.println(NAME + ": the run failed: " + rootCause(ex).getMessage() + "; run again to resume it");
			return ExitCodes.FAILED;
		}
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
