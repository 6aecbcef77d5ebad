package org.socialreports.classify;

import java.nio.file.Path;

import org.socialreports.ingest.ArchiveItemReader;
import org.socialreports.ingest.InputFolders;
import org.socialreports.ingest.InputPartitioner;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.RejectRecorder;
import org.socialreports.ingest.RejectedEntryException;
import org.socialreports.ingest.Settings;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest-and-classify step: the planned files are read side by side, one partition per
 * file (or per part of a large text archive) on as many threads as the machine has cores, each
 * partition a chunk-oriented step of its own (read, classify, store) that restarts from its
 * own last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class ClassifyConfiguration {

	static final String STEP_NAME = "ingest-and-classify";

	/** The taxonomy's rules, and the theme model beside it when there is one that knows its themes. */
	@Bean
	ThemeClassifier themeClassifier(@Value("${reports.taxonomy}") Path taxonomy,
			@Value("${reports.theme-model}") Path themeModel) {
		return ThemeClassifier.fromFiles(taxonomy, themeModel);
	}

	@Bean
	TaxonomyChangeCheck taxonomyChangeCheck(JdbcTemplate jdbc, InputFolders folders,
			PlatformTransactionManager transactionManager, ThemeClassifier themeClassifier,
			@Value("${reports.taxonomy}") Path taxonomy, @Value("${reports.theme-model}") Path themeModel) {
		return new TaxonomyChangeCheck(jdbc, folders, new TransactionTemplate(transactionManager), taxonomy,
				themeClassifier.learned() ? themeModel : null);
	}

	@Bean
	WritingTurn writingTurn(JdbcTemplate jdbc) {
		return WritingTurn.forDatabase(jdbc);
	}

	@Bean
	@StepScope
	StagedPostWriter stagedPostWriter(JdbcTemplate jdbc, WritingTurn writingTurn, InputFolders folders,
			@Value("#{jobParameters['input']}") String input) {
		return new StagedPostWriter(jdbc, writingTurn, folders.resolve(Path.of(input)));
	}

	/** The taxonomy's themes, which every later stage lists, charts and colours. */
	@Bean
	Themes themes(ThemeClassifier themeClassifier) {
		return themeClassifier.taxonomy().themes();
	}

	@Bean
	@StepScope
	ApplyOverridesTasklet applyOverridesTasklet(JdbcTemplate jdbc, Themes themes, InputFolders folders,
			@Value("#{jobParameters['input']}") String input, @Value("${reports.overrides}") Path overrides) {
		return new ApplyOverridesTasklet(new ThemeOverrides(jdbc, themes), folders.resolve(Path.of(input)), overrides);
	}

	/** Runs once the posts are stored, before they are counted: the themes set by hand replace the classifier's. */
	@Bean
	Step applyOverridesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ApplyOverridesTasklet applyOverridesTasklet) {
		return new StepBuilder("apply-overrides", jobRepository).tasklet(applyOverridesTasklet, transactionManager)
			.build();
	}

	@Bean
	StoredPosts storedPosts(JdbcTemplate jdbc, Themes themes) {
		return new StoredPosts(jdbc, themes);
	}

	@Bean
	ReviewCollector reviewCollector(ThemeClassifier themeClassifier) {
		return new ReviewCollector(themeClassifier.taxonomy());
	}

	@Bean
	TaxonomyReviewStore taxonomyReviewStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			Themes themes) {
		return new TaxonomyReviewStore(jdbc, new TransactionTemplate(transactionManager), themes);
	}

	@Bean
	StagedPostStore stagedPostStore(JdbcTemplate jdbc) {
		return new StagedPostStore(jdbc);
	}

	@Bean
	ProgressLogger ingestProgressLogger(@Value("${reports.progress-interval-ms:10000}") String progressMillis) {
		return new ProgressLogger(Settings.atLeast("reports.progress-interval-ms", progressMillis, 1));
	}

	/** Without a broker: the partitions run on this machine's threads ({@link RemotePartitioningConfiguration} otherwise). */
	@Bean
	@ConditionalOnExpression("'${reports.broker-url:}'.isBlank()")
	Step ingestAndClassifyStep(JobRepository jobRepository, InputPartitioner inputPartitioner,
			@Qualifier("ingestAndClassifyFileStep") Step fileStep, ProgressLogger ingestProgressLogger,
			TaxonomyChangeCheck taxonomyChangeCheck, @Value("${reports.threads:0}") String threads) {
		int threadCount = Settings.intAtLeast("reports.threads", threads, 0);
		int workers = (threadCount > 0) ? threadCount : Runtime.getRuntime().availableProcessors();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
		executor.setConcurrencyLimit(workers);
		return new StepBuilder(STEP_NAME, jobRepository).partitioner(STEP_NAME + "-file", inputPartitioner)
			.step(fileStep)
			.gridSize(workers)
			.taskExecutor(executor)
			.listener(ingestProgressLogger)
			.listener(taxonomyChangeCheck)
			.build();
	}

	/** The partitions' step, unless this process is a worker, whose step takes them from the broker. */
	@Bean
	@ConditionalOnProperty(name = "reports.worker", havingValue = "false", matchIfMissing = true)
	Step ingestAndClassifyFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ArchiveItemReader archiveItemReader, ThemeClassifier themeClassifier, RejectRecorder rejectRecorder,
			ProgressLogger ingestProgressLogger, StagedPostWriter stagedPostWriter, ReviewCollector reviewCollector,
			TaxonomyReviewStore taxonomyReviewStore, InputFolders folders,
			@Value("${reports.chunk-size:500}") String chunkSize) {
		return fileStep(new StepBuilder(STEP_NAME + "-file", jobRepository), transactionManager, archiveItemReader,
				themeClassifier, rejectRecorder, ingestProgressLogger, stagedPostWriter, reviewCollector,
				taxonomyReviewStore, folders, chunkSize);
	}

	/** One partition: read, classify and store one file or part of a file, chunk by chunk. */
	static Step fileStep(StepBuilder builder, PlatformTransactionManager transactionManager,
			ArchiveItemReader archiveItemReader, ThemeClassifier themeClassifier, RejectRecorder rejectRecorder,
			ProgressLogger ingestProgressLogger, StagedPostWriter stagedPostWriter, ReviewCollector reviewCollector,
			TaxonomyReviewStore taxonomyReviewStore, InputFolders folders, String chunkSize) {
		return builder.<Post, ClassifiedPost>chunk(Settings.intAtLeast("reports.chunk-size", chunkSize, 1))
			.transactionManager(transactionManager)
			.reader(archiveItemReader)
			.processor(new ClassifyingProcessor(themeClassifier, reviewCollector))
			.writer(stagedPostWriter)
			.faultTolerant()
			// bad data never stops the job: every rejected entry is recorded, however many there are
			.skipPolicy((failure, skipCount) -> failure instanceof RejectedEntryException)
			.skipListener(rejectRecorder)
			.listener(ingestProgressLogger)
			.listener(new ReviewDrain(reviewCollector, taxonomyReviewStore, folders))
			.build();
	}

}
