package org.socialreports.ingest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Runs once the planned files are all read: from then on, they count as known, and the next
 * run passes over those that did not change.
 */
class RecordInputsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RecordInputsTasklet.class);

	private final InputFolder folder;

	private final SourceFileRepository sourceFiles;

	RecordInputsTasklet(InputFolder folder, SourceFileRepository sourceFiles) {
		this.folder = folder;
		this.sourceFiles = sourceFiles;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		String plan = chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.getString(InputPlan.CONTEXT_KEY);
		InputPlan read = InputPlan.parse(plan);
		this.sourceFiles.save(this.folder, read);
		contribution.incrementWriteCount(read.toRead().size());
		logger.info("Recorded " + read.toRead().size() + " input file(s) as read");
		return RepeatStatus.FINISHED;
	}

}
