package org.socialreports.job;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Stops a run with a broker on the embedded HSQLDB before it opens anything: it would send its
 * partitions to workers that cannot store a post in this host's database (they refuse to start
 * on one, {@link WorkerSettingsCheck}), and fail after {@code reports.partition-timeout}
 * with nothing done. One line, exit code 2.
 */
final class ManagerSettingsCheck implements BeanFactoryPostProcessor {

	ManagerSettingsCheck(Environment environment) {
		if (!environment.getProperty("reports.broker-url", "").isBlank()
				&& EmbeddedDatabase.isConfigured(environment)) {
			throw new IllegalStateException("reports.broker-url sends the partitions to workers, which need a database"
					+ " they share with this run (spring.datasource.url, PostgreSQL), not the embedded HSQLDB of this"
					+ " host; without reports.broker-url the run classifies on this machine alone");
		}
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		// all is checked when it is made, before any other bean
	}

}
