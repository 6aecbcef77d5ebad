package org.socialreports.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.socialreports.aggregate.AuthorMonthThemeRepository;
import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.TaxonomyReviewStore;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.InputFolders;
import org.socialreports.ingest.RejectStore;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	ReportContentRepository reportContentRepository(StoredPosts posts, AuthorMonthThemeRepository aggregates,
			RejectStore rejects, TaxonomyReviewStore reviews, Themes themes) {
		return new ReportContentRepository(posts, aggregates, rejects, reviews, themes);
	}

	@Bean
	@Order(1)
	AggregatesCsvWriter aggregatesCsvWriter() {
		return new AggregatesCsvWriter();
	}

	@Bean
	@Order(2)
	PostsCsvWriter postsCsvWriter() {
		return new PostsCsvWriter();
	}

	@Bean
	@Order(3)
	RejectsCsvWriter rejectsCsvWriter() {
		return new RejectsCsvWriter();
	}

	@Bean
	@StepScope
	ReportTasklet reportTasklet(ReportContentRepository repository, List<ReportWriter> writers,
			InputFolders folders, @Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['lang']}") String lang,
			@Value("#{jobParameters['run.date']}") LocalDate runDate, @Value("#{jobParameters['from']}") String from,
			@Value("#{jobParameters['to']}") String to, ObjectProvider<ReportDelivery> delivery) {
		return new ReportTasklet(repository, writers, folders.resolve(Path.of(input)), Path.of(output),
				Locale.forLanguageTag(lang), runDate, MonthRange.of(from, to),
				delivery.getIfAvailable(() -> ReportDelivery.NONE));
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

}
