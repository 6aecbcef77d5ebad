package org.socialreports.classify;

import java.nio.file.Path;
import java.time.LocalDate;

import org.socialreports.ingest.InputFolders;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Around each partition of the ingest: tells the {@link ReviewCollector} which run it
 * gathers for, and stores what it gathered when the partition ends, whether it completed or
 * failed (what it classified before failing is stored, and counts).
 */
class ReviewDrain implements StepExecutionListener {

	private final ReviewCollector collector;

	private final TaxonomyReviewStore store;

	private final InputFolders folders;

	ReviewDrain(ReviewCollector collector, TaxonomyReviewStore store, InputFolders folders) {
		this.collector = collector;
		this.store = store;
		this.folders = folders;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		// the run's instance: a restarted run adds to what its first attempt stored
		this.collector.startRun(stepExecution.getJobExecution().getJobInstance().getInstanceId());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		var parameters = stepExecution.getJobParameters();
		LocalDate day = parameters.getLocalDate("run.date");
		this.store.save(this.folders.resolve(Path.of(parameters.getString("input"))),
				stepExecution.getJobExecution().getJobInstance().getInstanceId(), stepExecution.getId(),
				(day != null) ? day : LocalDate.now(), this.collector.drain());
		return null;
	}

}
