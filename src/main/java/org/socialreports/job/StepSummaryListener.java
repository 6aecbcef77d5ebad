package org.socialreports.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Ends the log of every run with what each step did and how the run ended, so that whoever
 * reads a nightly log sees at once whether anything was lost: for the ingest step, the
 * entries read always equal the posts written plus the rejects.
 */
class StepSummaryListener implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(StepSummaryListener.class);

	@Override
	public void afterJob(JobExecution jobExecution) {
		for (StepExecution step : jobExecution.getStepExecutions()) {
			long rejected = step.getSkipCount();
			logger.info(String.format(Locale.ROOT, "Step %s %s: read %d, written %d, rejected %d, filtered %d in %s",
					step.getStepName(), step.getStatus(), step.getReadCount() + step.getReadSkipCount(),
					step.getWriteCount(), rejected, step.getFilterCount(),
					seconds(step.getStartTime(), step.getEndTime())));
		}
		logger.info("Job " + jobExecution.getJobInstance().getJobName() + " " + jobExecution.getStatus() + " in "
				+ seconds(jobExecution.getStartTime(), jobExecution.getEndTime()));
	}

	private static String seconds(LocalDateTime start, LocalDateTime end) {
		if (start == null || end == null) {
			return "?";
		}
		return String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0);
	}

}
