package org.socialreports.classify;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * On the manager, while the workers run the partitions: when for {@code timeout} no worker has
 * taken a partition, committed a chunk or ended one, the partitions not done are failed, so
 * that the run fails with one message naming them rather than waiting for ever on workers that
 * are not there. The failed partitions' requests, should a worker take them later, are dropped
 * ({@link PartitionRequestCheck}); the next run resumes them from their last committed chunk.
 * A worker that takes a partition as it is failed finds its execution changed under it
 * (optimistic locking) and leaves it.
 */
class PartitionWatchdog implements StepExecutionListener {

	private static final Log logger = LogFactory.getLog(PartitionWatchdog.class);

	private final JobRepository jobRepository;

	private final String partitionStep;

	private final Duration timeout;

	private final Duration interval;

	private final Set<String> failed = new ConcurrentSkipListSet<>();

	private ScheduledExecutorService scheduler;

	private List<List<Object>> lastState = List.of();

	private long lastChange;

	PartitionWatchdog(JobRepository jobRepository, String partitionStep, Duration timeout, Duration interval) {
		this.jobRepository = jobRepository;
		this.partitionStep = partitionStep;
		this.timeout = timeout;
		this.interval = interval;
	}

	@Override
	public void beforeStep(StepExecution manager) {
		this.failed.clear();
		this.lastState = List.of();
		this.lastChange = System.nanoTime();
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "partition-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(() -> watch(manager.getJobExecutionId()), this.interval.toMillis(),
				this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public ExitStatus afterStep(StepExecution manager) {
		this.scheduler.shutdownNow();
		if (this.failed.isEmpty()) {
			return null;
		}
		String message = "no worker took " + ((this.failed.size() == 1) ? "the partition " : "the partitions ")
				+ String.join(", ", this.failed) + " within " + describe(this.timeout)
				+ " (reports.partition-timeout): are workers running (--worker), on this database and broker?";
		// this one says what happened; the partition step's own ('an unsuccessful step') says nothing more
		manager.getFailureExceptions().clear();
		manager.addFailureException(new PartitionTimeoutException(message));
		return ExitStatus.FAILED.addExitDescription(message);
	}

	private void watch(long jobExecutionId) {
		try {
			List<StepExecution> running = this.jobRepository.getJobExecution(jobExecutionId)
				.getStepExecutions()
				.stream()
				.filter((step) -> step.getStepName().startsWith(this.partitionStep + ":"))
				.filter((step) -> step.getStatus().isRunning())
				.sorted(Comparator.comparing(StepExecution::getStepName))
				.toList();
			List<List<Object>> state = new ArrayList<>();
			for (StepExecution step : running) {
				state.add(List.of(step.getId(), step.getStatus(), step.getVersion(), step.getCommitCount()));
			}
			long now = System.nanoTime();
			if (!state.equals(this.lastState)) {
				this.lastState = state;
				this.lastChange = now;
				return;
			}
			if (running.isEmpty() || now - this.lastChange < this.timeout.toNanos()) {
				return;
			}
			for (StepExecution step : running) {
				fail(step);
			}
			this.lastChange = now;
		}
		catch (RuntimeException ex) {
			// the database unreachable for a moment: the next look will tell
			logger.warn("Could not look at the partitions: " + ex);
		}
	}

	private void fail(StepExecution partition) {
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(
				ExitStatus.FAILED.addExitDescription("no worker took it within " + describe(this.timeout)));
		partition.setEndTime(LocalDateTime.now());
		try {
			this.jobRepository.update(partition);
			this.failed.add(partition.getStepName());
			logger.error("No worker took " + partition.getStepName() + " within " + describe(this.timeout)
					+ ": it fails the run");
		}
		catch (OptimisticLockingFailureException ex) {
			// a worker took it in the meantime: it counts as a change
		}
	}

	private static String describe(Duration duration) {
		return duration.toString().substring(2).toLowerCase(Locale.ROOT);
	}

	/** The run failed because partitions waited longer than the timeout for a worker. */
	static class PartitionTimeoutException extends RuntimeException {

		PartitionTimeoutException(String message) {
			super(message);
		}

		// the log's line of a failed run shows this, and the class's name would say nothing more
		@Override
		public String toString() {
			return getMessage();
		}

	}

}
