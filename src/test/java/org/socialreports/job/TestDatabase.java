package org.socialreports.job;

import org.socialreports.job.PostgresServer.Database;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database that the tests of the whole job run on: by default the private in-memory HSQLDB
 * of {@code src/test/resources/config/application.properties}; with
 * {@code -Dreports.test.database=postgresql} (or the Maven profile {@code postgresql}), a new
 * database of the tests' PostgreSQL server for each Spring context.
 */
public final class TestDatabase {

	public static final String PROPERTY = "reports.test.database";

	private TestDatabase() {
	}

	/** Points the context's data source at the chosen database; called once per context. */
	public static void register(DynamicPropertyRegistry registry) {
		String database = System.getProperty(PROPERTY, "hsqldb");
		switch (database) {
			case "hsqldb" -> {
			}
			case "postgresql" -> {
				Database postgres = PostgresServer.createDatabase("job_functional_tests");
				registry.add("spring.datasource.url", postgres::url);
				registry.add("spring.datasource.username", postgres::username);
				registry.add("spring.datasource.password", postgres::password);
			}
			default -> throw new IllegalArgumentException(
					PROPERTY + " is hsqldb or postgresql, not '" + database + "'");
		}
	}

}
