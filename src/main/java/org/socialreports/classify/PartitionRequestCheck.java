package org.socialreports.classify;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Decides, on a worker, whether a partition request is still to be run. A request outlives the
 * run that sent it when that run ended without it: its manager was killed and the next run
 * recovered it (its execution is then FAILED, and the next run has sent the partitions left
 * with new identities), or it failed on a partition that no worker took in time. Such a
 * request is dropped: run, it would store its file's posts beside the new run's. A request
 * the database knows nothing of, or that names another step, was not sent by a manager of
 * this database: it is refused, and so ends in the broker's dead-letter queue.
 * <p>
 * A partition whose worker died goes on: its execution is still STARTED, its run still
 * running, and the next worker resumes it from its last committed chunk.
 */
class PartitionRequestCheck {

	private static final Log logger = LogFactory.getLog(PartitionRequestCheck.class);

	private final JobRepository jobRepository;

	private final String stepName;

	PartitionRequestCheck(JobRepository jobRepository, String stepName) {
		this.jobRepository = jobRepository;
		this.stepName = stepName;
	}

	/**
	 * @return whether the partition is to be run now
	 * @throws IllegalArgumentException for a request that no manager of this database sent
	 */
	boolean isCurrent(PartitionRequest request) {
		if (!request.stepName().equals(this.stepName)) {
			throw new IllegalArgumentException("a request for the step '" + request.stepName() + "', not '"
					+ this.stepName + "': " + request.text());
		}
		StepExecution partition;
		try {
			partition = this.jobRepository.getStepExecution(request.stepExecutionId());
		}
		catch (EmptyResultDataAccessException ex) {
			// what the JDBC repository says of an execution it has not
			partition = null;
		}
		if (partition == null || partition.getJobExecutionId() != request.jobExecutionId()
				|| !partition.getStepName().startsWith(this.stepName + ":")) {
			throw new IllegalArgumentException("no such partition in this database: " + request.text());
		}
		JobExecution run = partition.getJobExecution();
		if (!run.isRunning() || !partition.getStatus().isRunning()) {
			logger.info("Dropped the request for " + partition.getStepName() + " (step execution "
					+ partition.getId() + ", " + partition.getStatus() + ") of the run of execution " + run.getId()
					+ " (" + run.getStatus() + "): it is not to be run any more");
			return false;
		}
		if (partition.getStatus() != BatchStatus.STARTING) {
			logger.info("Resuming " + partition.getStepName() + " (step execution " + partition.getId()
					+ "), which another worker left " + partition.getStatus() + ", from its last committed chunk");
		}
		return true;
	}

}
