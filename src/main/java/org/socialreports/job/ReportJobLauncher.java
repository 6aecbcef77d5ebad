package org.socialreports.job;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts the reporting job for one command line and turns its outcome into an exit code.
 */
@Component
public class ReportJobLauncher {

	private static final Log logger = LogFactory.getLog(ReportJobLauncher.class);

	private final JobOperator jobOperator;

	private final Job job;

	private final Clock clock;

	ReportJobLauncher(JobOperator jobOperator, Job job) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.clock = Clock.systemDefaultZone();
	}

	public int launch(CommandLineOptions options) throws Exception {
		JobExecution execution = this.jobOperator.start(this.job, parameters(options, LocalDate.now(this.clock)));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitCodes.COMPLETED;
		}
		execution.getAllFailureExceptions()
			.forEach((failure) -> logger.error("The run failed: " + failure.getMessage()
					+ ". Fix the cause and run again: the job resumes where it stopped."));
		return ExitCodes.FAILED;
	}

	static JobParameters parameters(CommandLineOptions options, LocalDate runDate) {
		return new JobParametersBuilder().addString("input", options.input().toAbsolutePath().normalize().toString())
			.addString("output", options.output().toAbsolutePath().normalize().toString())
			.addString("lang", options.language().toLanguageTag(), false)
			.addLocalDate("run.date", runDate, false)
			.addLong("run.id", System.currentTimeMillis())
			.toJobParameters();
	}

}
