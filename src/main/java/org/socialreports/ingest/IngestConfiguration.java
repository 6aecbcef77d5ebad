package org.socialreports.ingest;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	private static final Log logger = LogFactory.getLog(IngestConfiguration.class);

	// first among the stores to forget: a store that empties a large table may commit at once
	// (see StagedPostStore), and by then the files must be forgotten too, so as to be read again
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SourceFileRepository sourceFileRepository(JdbcTemplate jdbc) {
		return new SourceFileRepository(jdbc);
	}

	@Bean
	RejectRecorder rejectRecorder(JdbcTemplate jdbc) {
		return new RejectRecorder(jdbc);
	}

	@Bean
	@StepScope
	PlanInputsTasklet planInputsTasklet(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['full'] ?: 'false'}") boolean full, SourceFileRepository sourceFiles,
			List<StoredSources> stores, @Value("${reports.part-bytes}") long partBytes) {
		return new PlanInputsTasklet(Path.of(input), full, sourceFiles, stores, partBytes);
	}

	@Bean
	Step planInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlanInputsTasklet planInputsTasklet) {
		return new StepBuilder("plan-inputs", jobRepository).tasklet(planInputsTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	InputPartitioner inputPartitioner(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobExecutionContext['" + InputPlan.CONTEXT_KEY + "']}") String plan,
			@Value("#{jobExecutionContext['" + InputPlan.PART_BYTES_KEY + "']}") Long plannedPartBytes,
			@Value("${reports.part-bytes}") long partBytes) {
		// a run planned before the plan kept the part size is restarted with the setting's
		return new InputPartitioner(Path.of(input), InputPlan.parse(plan),
				(plannedPartBytes != null) ? plannedPartBytes : partBytes);
	}

	@Bean
	@StepScope
	ArchiveItemReader archiveItemReader(@Value("#{jobParameters['input']}") String input,
			@Value("#{stepExecutionContext['" + InputPartitioner.FINGERPRINT + "']}") String planned,
			@Value("#{stepExecutionContext['" + InputPartitioner.RANGE + "']}") String range,
			List<StoredSources> stores) {
		InputPlan plan = InputPlan.parse(planned);
		String source = plan.sources().get(0);
		return new ArchiveItemReader(Path.of(input), List.of(source), plan.toRead().get(source), stores,
				(range != null) ? TextRange.parse(range) : null);
	}

	/** Runs once the planned files are all read: from then on, they count as known. */
	@Bean
	Step recordInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SourceFileRepository sourceFiles) {
		return new StepBuilder("record-inputs", jobRepository).tasklet((contribution, chunkContext) -> {
			String plan = chunkContext.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getExecutionContext()
				.getString(InputPlan.CONTEXT_KEY);
			InputPlan read = InputPlan.parse(plan);
			sourceFiles.save(read);
			contribution.incrementWriteCount(read.toRead().size());
			logger.info("Recorded " + read.toRead().size() + " input file(s) as read");
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
