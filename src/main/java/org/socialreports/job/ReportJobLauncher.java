package org.socialreports.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the reporting job for one command line and turns its outcome into an exit code.
 * <p>
 * A run that did not complete is resumed rather than started afresh: when the last execution
 * on the same input and output failed, or was left STARTED by a process that died, it is
 * restarted from its last committed chunk. The caller holds the run lock, so an execution
 * still marked STARTED cannot belong to a live process.
 */
@Component
public class ReportJobLauncher {

	private static final Log logger = LogFactory.getLog(ReportJobLauncher.class);

	private static final Set<BatchStatus> INTERRUPTED = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
			BatchStatus.STOPPING);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final Clock clock;

	ReportJobLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.clock = Clock.systemDefaultZone();
	}

	public int launch(CommandLineOptions options) throws Exception {
		JobParameters parameters = parameters(options, LocalDate.now(this.clock));
		JobExecution unfinished = unfinishedExecution(parameters);
		JobExecution execution;
		if (unfinished != null) {
			logger.info("Resuming the run started " + unfinished.getStartTime() + " (execution "
					+ unfinished.getId() + ", " + unfinished.getStatus() + ") from its last committed chunk");
			execution = this.jobOperator.restart(unfinished);
		}
		else {
			execution = this.jobOperator.start(this.job, parameters);
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitCodes.COMPLETED;
		}
		execution.getAllFailureExceptions()
			.forEach((failure) -> logger.error("The run failed: " + describe(failure)
					+ ". Fix the cause and run the job again: it resumes where it stopped."));
		return ExitCodes.FAILED;
	}

	private JobExecution unfinishedExecution(JobParameters parameters) {
		JobInstance last = this.jobRepository.getLastJobInstance(this.job.getName());
		if (last == null) {
			return null;
		}
		JobExecution execution = this.jobRepository.getLastJobExecution(last);
		if (execution == null || !sameTarget(execution.getJobParameters(), parameters)) {
			return null;
		}
		if (INTERRUPTED.contains(execution.getStatus())) {
			logger.warn("The run of execution " + execution.getId() + " was interrupted (its process died)");
			execution = this.jobOperator.recover(execution);
		}
		return (execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED)
				? execution : null;
	}

	private static boolean sameTarget(JobParameters earlier, JobParameters now) {
		return Objects.equals(earlier.getString("input"), now.getString("input"))
				&& Objects.equals(earlier.getString("output"), now.getString("output"));
	}

	private static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause == failure) ? failure.toString() : failure.getMessage() + " (" + cause + ")";
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
