package org.socialreports.aggregate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AggregateConfiguration {

	private static final Log logger = LogFactory.getLog(AggregateConfiguration.class);

	@Bean
	AuthorMonthThemeRepository authorMonthThemeRepository(JdbcTemplate jdbc) {
		return new AuthorMonthThemeRepository(jdbc);
	}

	@Bean
	Step aggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AuthorMonthThemeRepository repository) {
		return new StepBuilder("aggregate", jobRepository).tasklet((contribution, chunkContext) -> {
			int rows = repository.rebuild();
			contribution.incrementWriteCount(rows);
			logger.info("Aggregated the staged posts into " + rows + " author/month/theme row(s)");
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
