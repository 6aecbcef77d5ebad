package org.socialreports.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.socialreports.ingest.text.TextRange;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	private static final Log logger = LogFactory.getLog(IngestConfiguration.class);

	/** The size of the parts a large text archive is read in, checked when the job starts. */
	record PartBytes(long bytes) {
	}

	@Bean
	PartBytes partBytes(@Value("${reports.part-bytes}") String partBytes) {
		return new PartBytes(Settings.atLeast("reports.part-bytes", partBytes, 1));
	}

	/** One person, several accounts: read when the job starts, so that a broken file stops it with one line. */
	@Bean
	AuthorNames authorNames(@Value("${reports.authors}") Path authors) {
		return AuthorNames.load(authors);
	}

	@Bean
	InputFolders inputFolders(JdbcTemplate jdbc) {
		return new InputFolders(jdbc);
	}

	// first among the stores to forget: a store that empties a large table may commit at once
	// (see StagedPostStore), and by then the files must be forgotten too, so as to be read again
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SourceFileRepository sourceFileRepository(JdbcTemplate jdbc) {
		return new SourceFileRepository(jdbc);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	RejectStore rejectStore(JdbcTemplate jdbc) {
		return new RejectStore(jdbc);
	}

	@Bean
	@StepScope
	RejectRecorder rejectRecorder(RejectStore rejects, InputFolders folders,
			@Value("#{jobParameters['input']}") String input) {
		return new RejectRecorder(rejects, folders.resolve(Path.of(input)));
	}

	@Bean
	@StepScope
	PlanInputsTasklet planInputsTasklet(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['full'] ?: 'false'}") boolean full, InputFolders folders,
			SourceFileRepository sourceFiles, List<StoredSources> stores, PartBytes partBytes) {
		return new PlanInputsTasklet(folders.resolve(Path.of(input)), full, sourceFiles, stores, partBytes.bytes());
	}

	@Bean
	Step planInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlanInputsTasklet planInputsTasklet) {
		return new StepBuilder("plan-inputs", jobRepository).tasklet(planInputsTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	InputPartitioner inputPartitioner(@Value("#{jobParameters['input']}") String input, InputFolders folders,
			@Value("#{jobExecutionContext['" + InputPlan.CONTEXT_KEY + "']}") String plan,
			@Value("#{jobExecutionContext['" + InputPlan.PART_BYTES_KEY + "']}") Long plannedPartBytes,
			PartBytes partBytes) {
		// a run planned before the plan kept the part size is restarted with the setting's
		return new InputPartitioner(folders.resolve(Path.of(input)).path(), InputPlan.parse(plan),
				(plannedPartBytes != null) ? plannedPartBytes : partBytes.bytes());
	}

	@Bean
	@StepScope
	ArchiveItemReader archiveItemReader(@Value("#{jobParameters['input']}") String input, InputFolders folders,
			@Value("#{jobParameters['run.date']}") LocalDate runDate,
			@Value("#{stepExecutionContext['" + InputPartitioner.FINGERPRINT + "']}") String planned,
			@Value("#{stepExecutionContext['" + InputPartitioner.RANGE + "']}") String range,
			List<StoredSources> stores, AuthorNames authorNames) {
		InputPlan plan = InputPlan.parse(planned);
		String source = plan.sources().get(0);
		return new ArchiveItemReader(folders.resolve(Path.of(input)), source, plan.toRead().get(source), stores,
				(range != null) ? TextRange.parse(range) : null, new PlausibleDates(runDate), authorNames);
	}

	/** Runs once the planned files are all read: from then on, they count as known. */
	@Bean
	@StepScope
	RecordInputsTasklet recordInputsTasklet(@Value("#{jobParameters['input']}") String input, InputFolders folders,
			SourceFileRepository sourceFiles) {
		return new RecordInputsTasklet(folders.resolve(Path.of(input)), sourceFiles);
	}

	@Bean
	Step recordInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RecordInputsTasklet recordInputsTasklet) {
		return new StepBuilder("record-inputs", jobRepository).tasklet(recordInputsTasklet, transactionManager).build();
	}

}
