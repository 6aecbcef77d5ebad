package org.socialreports.job;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.report.ReportResults;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Starts the reporting job for one command line and turns its outcome into an exit code.
 * <p>
 * A run that did not complete is resumed before anything else: when the last execution failed,
 * or was left STARTED by a process that died, it is restarted from its last committed chunk,
 * then the run asked for starts and reads whatever is new since. The caller holds the run
 * lock (the file lock of this host and, on PostgreSQL, the database's {@link DatabaseRunLock},
 * which every host sharing the database takes), so an execution still marked STARTED cannot
 * belong to a live process.
 */
@Component
public class ReportJobLauncher {

	private static final Log logger = LogFactory.getLog(ReportJobLauncher.class);

	private static final Set<BatchStatus> INTERRUPTED = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
			BatchStatus.STOPPING);

	/** A worker commits a chunk every second or so: a few attempts find a moment between two. */
	private static final int RECOVERY_ATTEMPTS = 10;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	ReportJobLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
	}

	public int launch(CommandLineOptions options) throws Exception {
		JobParameters parameters = parameters(options, LocalDate.now());
		JobExecution unfinished = unfinishedExecution(parameters);
		if (unfinished != null) {
			logger.info("Resuming the run started " + unfinished.getStartTime() + " (execution " + unfinished.getId()
					+ ", " + unfinished.getStatus() + ") from its last committed chunk");
			JobExecution resumed = this.jobOperator.restart(unfinished);
			if (resumed.getStatus() != BatchStatus.COMPLETED) {
				return failed(resumed, options);
			}
			if (options.full()) {
				return ended(resumed, options);
			}
			// the resumed run read the input of its own night: tonight's comes now
			logger.info("The interrupted run is complete; now the run asked for");
		}
		logger.info("Run of " + parameters.getLocalDate("run.date") + ": input " + options.input().toAbsolutePath()
				+ ", output " + options.output().toAbsolutePath() + ", language " + options.language()
				+ (options.full() ? ", full rebuild" : "") + ((options.from() != null) ? ", from " + options.from() : "")
				+ ((options.to() != null) ? ", to " + options.to() : ""));
		JobExecution execution = this.jobOperator.start(this.job, parameters);
		return (execution.getStatus() == BatchStatus.COMPLETED) ? ended(execution, options)
				: failed(execution, options);
	}

	/**
	 * The run's last log lines: where its reports are, whether the input gave no post at all
	 * (still exit code 0: a quiet night stays quiet), and whether their mail went.
	 */
	private static int ended(JobExecution execution, CommandLineOptions options) {
		ExecutionContext context = execution.getExecutionContext();
		String folder = context.containsKey(ReportResults.FOLDER) ? context.getString(ReportResults.FOLDER) : "?";
		if (context.containsKey(ReportResults.POSTS) && context.getLong(ReportResults.POSTS) == 0) {
			int sources = context.getInt(ReportResults.SOURCES, 0);
			logger.warn("The input gave no post at all: " + sources + " file(s) read, none with a post"
					+ ((sources > 0) ? " (see rejects.csv)" : "") + "; the reports are empty");
		}
		String mail = context.containsKey(ReportResults.MAIL) ? context.getString(ReportResults.MAIL) : null;
		boolean mailFailed = ReportResults.MAIL_FAILED.equals(execution.getExitStatus().getExitCode());
		logger.info("Reports in " + folder + " (" + options.output().toAbsolutePath().resolve("latest") + ")"
				+ (mailFailed ? "; the mail could not be sent (exit code " + ExitCodes.MAIL_FAILED + "): "
						+ execution.getExitStatus().getExitDescription()
						: (mail != null) ? "; " + mail : ""));
		return mailFailed ? ExitCodes.MAIL_FAILED : ExitCodes.COMPLETED;
	}

	private static int failed(JobExecution execution, CommandLineOptions options) {
		execution.getAllFailureExceptions()
			.forEach((failure) -> logger.error("The run failed: " + Failures.describe(failure)
					+ ". Fix the cause and run the job again: it resumes where it stopped."));
		logger.error("No new reports: the run failed"
				+ execution.getAllFailureExceptions().stream().findFirst().map((failure) -> " (" + Failures.describe(failure) + ")").orElse("")
				+ "; " + options.output().toAbsolutePath().resolve("latest")
				+ " still shows the last complete reports. Run the job again to resume it.");
		return ExitCodes.FAILED;
	}

	/**
	 * The last execution, when it did not complete and was started with the same options: it is
	 * resumed. One started with other options is abandoned instead, so that a run that keeps
	 * failing on old options can always be replaced by a run with new ones (such as --full).
	 */
	private JobExecution unfinishedExecution(JobParameters parameters) throws Exception {
		JobInstance last = this.jobRepository.getLastJobInstance(this.job.getName());
		JobExecution execution = (last != null) ? this.jobRepository.getLastJobExecution(last) : null;
		if (execution == null) {
			return null;
		}
		if (INTERRUPTED.contains(execution.getStatus())) {
			logger.warn("The run of execution " + execution.getId() + " was interrupted (its process died)");
			execution = recover(last, execution);
		}
		if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
			return null;
		}
		if (!sameOptions(execution.getJobParameters(), parameters)) {
			logger.warn("The unfinished run of execution " + execution.getId()
					+ " had other options; it is abandoned and a new run starts");
			this.jobOperator.abandon(execution);
			return null;
		}
		return execution;
	}

	/**
	 * Marks the dead run's execution and its running steps failed. Workers of a scaled-out run
	 * (docs/scaling-out.md) may still be committing chunks of its partitions, each a new version
	 * of a step's execution: then it is read again and marked again. Once marked, their next
	 * commit fails and rolls back, and the resumed run takes each partition up from its last chunk.
	 */
	private JobExecution recover(JobInstance instance, JobExecution execution) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.jobOperator.recover(execution);
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == RECOVERY_ATTEMPTS) {
					throw ex;
				}
				execution = this.jobRepository.getLastJobExecution(instance);
			}
		}
	}

	private static boolean sameOptions(JobParameters earlier, JobParameters now) {
		return Stream.of("input", "output", "lang", "full", "from", "to")
			.allMatch((name) -> Objects.equals(earlier.getString(name), now.getString(name)));
	}

	static JobParameters parameters(CommandLineOptions options, LocalDate runDate) {
		JobParametersBuilder builder = new JobParametersBuilder()
			.addString("input", options.input().toAbsolutePath().normalize().toString())
			.addString("output", options.output().toAbsolutePath().normalize().toString())
			.addString("lang", options.language().toLanguageTag(), false)
			.addString("full", String.valueOf(options.full()), false)
			.addLocalDate("run.date", runDate, false)
			.addLong("run.id", System.currentTimeMillis());
		if (options.from() != null) {
			builder.addString("from", options.from().toString(), false);
		}
		if (options.to() != null) {
			builder.addString("to", options.to().toString(), false);
		}
		return builder.toJobParameters();
	}

}
