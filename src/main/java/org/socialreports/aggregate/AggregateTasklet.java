package org.socialreports.aggregate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.classify.StoredPosts;
import org.socialreports.ingest.InputFolder;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Recomputes the figures of the run's input folder from its stored posts.
 */
class AggregateTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(AggregateTasklet.class);

	private final AuthorMonthThemeRepository repository;

	private final StoredPosts posts;

	private final InputFolder folder;

	AggregateTasklet(AuthorMonthThemeRepository repository, StoredPosts posts, InputFolder folder) {
		this.repository = repository;
		this.posts = posts;
		this.folder = folder;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		int rows = this.repository.rebuild(this.folder, this.posts);
		contribution.incrementWriteCount(rows);
		logger.info("Aggregated the staged posts into " + rows + " author/month/theme row(s)");
		return RepeatStatus.FINISHED;
	}

}
