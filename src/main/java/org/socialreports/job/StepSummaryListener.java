package org.socialreports.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Ends the log of every run with what each step did and how the run ended, so that whoever
 * reads a nightly log sees at once whether anything was lost: for the ingest step, the
 * entries read always equal the posts written plus the rejects.
 */
class StepSummaryListener implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(StepSummaryListener.class);

	private final JobRepository jobRepository;

	StepSummaryListener(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		// as stored: partitions that workers ran elsewhere (remote partitioning) are known here only as they were sent
		JobExecution stored = this.jobRepository.getJobExecution(jobExecution.getId());
		for (StepExecution step : ((stored != null) ? stored : jobExecution).getStepExecutions()) {
			long read = step.getReadCount() + step.getReadSkipCount();
			long rejected = step.getSkipCount();
			logger.info(String.format(Locale.ROOT, "Step %s %s: read %d, written %d, rejected %d, filtered %d in %s%s",
					step.getStepName(), step.getStatus(), read, step.getWriteCount(), rejected, step.getFilterCount(),
					seconds(step.getStartTime(), step.getEndTime()), balance(step, read)));
		}
		logger.info("Job " + jobExecution.getJobInstance().getJobName() + " " + jobExecution.getStatus() + " in "
				+ seconds(jobExecution.getStartTime(), jobExecution.getEndTime()));
	}

	/** For a step that reads items: whether every item read is accounted for. */
	private static String balance(StepExecution step, long read) {
		if (read == 0) {
			return "";
		}
		long accounted = step.getWriteCount() + step.getFilterCount() + step.getSkipCount();
		return (read == accounted) ? "; nothing lost: read = written + rejected"
				: String.format(Locale.ROOT, "; %d item(s) unaccounted for", read - accounted);
	}

	private static String seconds(LocalDateTime start, LocalDateTime end) {
		if (start == null || end == null) {
			return "?";
		}
		return String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0);
	}

}
