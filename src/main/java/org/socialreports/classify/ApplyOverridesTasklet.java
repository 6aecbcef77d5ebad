package org.socialreports.classify;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.LogText;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Runs once the posts are stored and before they are counted: the themes set by hand
 * ({@link ThemeOverrides}) replace the classifier's.
 */
class ApplyOverridesTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ApplyOverridesTasklet.class);

	private final ThemeOverrides overrides;

	private final InputFolder folder;

	private final Path file;

	ApplyOverridesTasklet(ThemeOverrides overrides, InputFolder folder, Path file) {
		this.overrides = overrides;
		this.folder = folder;
		this.file = file;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		List<ThemeOverrides.Override> lines = this.overrides.read(this.file);
		int applied = this.overrides.apply(this.folder, lines);
		contribution.incrementWriteCount(applied);
		if (!lines.isEmpty()) {
			logger.info("Themes set by hand in " + LogText.quote(this.file.toString()) + ": " + applied + " of "
					+ lines.size() + " line(s) name a stored post"
					+ ((applied < lines.size()) ? "; the others apply once their post is read" : ""));
		}
		return RepeatStatus.FINISHED;
	}

}
