package org.socialreports.job;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The reporting job: plan the inputs to read, ingest and classify them, record them as read,
 * apply the themes set by hand, aggregate, report. Each stage owns its step; this
 * class only puts them in order.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB_NAME = "social-strategy-report";

	/** Set by the command line's --worker; the classify stage's remote partitioning reads it too. */
	static final String WORKER_MODE = "reports.worker";

	/**
	 * A worker (--worker) runs partitions of the runs that managers hold the lock for, against their
	 * database: it takes no lock, creates or upgrades no table, and needs a broker and a shared database.
	 */
	@Bean
	@ConditionalOnProperty(name = WORKER_MODE, havingValue = "true")
	static WorkerSettingsCheck workerSettingsCheck(Environment environment) {
		return new WorkerSettingsCheck(environment);
	}

	/** A run with a broker (a manager) needs the database its workers share. */
	@Bean
	@ConditionalOnProperty(name = WORKER_MODE, havingValue = "false", matchIfMissing = true)
	static ManagerSettingsCheck managerSettingsCheck(Environment environment) {
		return new ManagerSettingsCheck(environment);
	}

	/** Opens the database before anything uses it: a damaged embedded one is moved aside and started anew. */
	@Bean
	static DatabaseOpener databaseOpener(Environment environment) {
		return new DatabaseOpener(environment);
	}

	/** Taken before the tables are looked at (the schema initializer is given it), held until the context closes. */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = WORKER_MODE, havingValue = "false", matchIfMissing = true)
	DatabaseRunLock databaseRunLock(DataSource dataSource) throws SQLException {
		return DatabaseRunLock.take(dataSource);
	}

	@Bean
	@ConditionalOnProperty(name = WORKER_MODE, havingValue = "false", matchIfMissing = true)
	DatabaseSchemaInitializer databaseSchemaInitializer(DataSource dataSource, DatabaseRunLock runLock) {
		return new DatabaseSchemaInitializer(dataSource);
	}

	@Bean
	Job socialStrategyReportJob(JobRepository jobRepository, @Qualifier("planInputsStep") Step plan,
			@Qualifier("ingestAndClassifyStep") Step ingest, @Qualifier("recordInputsStep") Step record,
			@Qualifier("applyOverridesStep") Step overrides, @Qualifier("aggregateStep") Step aggregate,
			@Qualifier("reportStep") Step report) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new StepSummaryListener(jobRepository))
			.start(plan)
			.next(ingest)
			.next(record)
			.next(overrides)
			.next(aggregate)
			.next(report)
			.build();
	}

}
