package org.socialreports.job;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Stops a worker before it opens anything when it could not work: without a broker it would
 * receive no partition, and on the embedded HSQLDB it would store posts in a database no
 * manager reads (or, on a manager's host, find the manager's files locked). One line, exit code 2.
 */
final class WorkerSettingsCheck implements BeanFactoryPostProcessor {

	WorkerSettingsCheck(Environment environment) {
		if (environment.getProperty("reports.broker-url", "").isBlank()) {
			throw new IllegalStateException(
					"--worker needs reports.broker-url, the broker that the manager sends its partitions to");
		}
		if (EmbeddedDatabase.isConfigured(environment)) {
			throw new IllegalStateException("--worker needs the manager's database (spring.datasource.url,"
					+ " PostgreSQL), not the embedded HSQLDB of this host");
		}
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		// all is checked when it is made, before any other bean
	}

}
