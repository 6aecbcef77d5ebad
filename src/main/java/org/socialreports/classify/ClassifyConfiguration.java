package org.socialreports.classify;

import java.nio.file.Path;

import org.socialreports.ingest.ArchiveItemReader;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.RejectRecorder;
import org.socialreports.ingest.RejectedEntryException;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class ClassifyConfiguration {

	static final String STEP_NAME = "ingest-and-classify";

	@Bean
	ThemeClassifier themeClassifier(@Value("${reports.taxonomy}") Path taxonomy) {
		return new ThemeClassifier(TaxonomyLoader.load(taxonomy));
	}

	@Bean
	StagedPostStore stagedPostStore(JdbcTemplate jdbc) {
		return new StagedPostStore(jdbc);
	}

	@Bean
	Step ingestAndClassifyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ArchiveItemReader archiveItemReader, ThemeClassifier themeClassifier, RejectRecorder rejectRecorder,
			JdbcTemplate jdbc, @Value("${reports.chunk-size:500}") int chunkSize,
			@Value("${reports.progress-interval-ms:10000}") long progressMillis) {
		return new StepBuilder(STEP_NAME, jobRepository).<Post, ClassifiedPost>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(archiveItemReader)
			.processor(new ClassifyingProcessor(themeClassifier))
			.writer(new StagedPostWriter(jdbc))
			.faultTolerant()
			// bad data never stops the job: every rejected entry is recorded, however many there are
			.skipPolicy((failure, skipCount) -> failure instanceof RejectedEntryException)
			.skipListener(rejectRecorder)
			.listener(new ProgressLogger(progressMillis))
			.build();
	}

}
