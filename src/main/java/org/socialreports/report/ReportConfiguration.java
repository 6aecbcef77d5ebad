package org.socialreports.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.socialreports.aggregate.AuthorMonthThemeRepository;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	ReportContentRepository reportContentRepository(JdbcTemplate jdbc, AuthorMonthThemeRepository aggregates) {
		return new ReportContentRepository(jdbc, aggregates);
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
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['lang']}") String lang,
			@Value("#{jobParameters['run.date']}") LocalDate runDate, @Value("#{jobParameters['from']}") String from,
			@Value("#{jobParameters['to']}") String to) {
		return new ReportTasklet(repository, writers, Path.of(output), Locale.forLanguageTag(lang), runDate,
				MonthRange.of(from, to));
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

}
