package org.socialreports.aggregate;

import java.nio.file.Path;

import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.InputFolders;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AggregateConfiguration {

	@Bean
	AuthorMonthThemeRepository authorMonthThemeRepository(JdbcTemplate jdbc, Themes themes) {
		return new AuthorMonthThemeRepository(jdbc, themes);
	}

	@Bean
	@StepScope
	AggregateTasklet aggregateTasklet(AuthorMonthThemeRepository repository, StoredPosts posts,
			InputFolders folders, @Value("#{jobParameters['input']}") String input) {
		return new AggregateTasklet(repository, posts, folders.resolve(Path.of(input)));
	}

	@Bean
	Step aggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AggregateTasklet aggregateTasklet) {
		return new StepBuilder("aggregate", jobRepository).tasklet(aggregateTasklet, transactionManager).build();
	}

}
