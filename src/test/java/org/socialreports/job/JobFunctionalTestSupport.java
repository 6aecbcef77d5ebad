package org.socialreports.job;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every test of the whole job needs: the application on its in-memory database (or on
 * PostgreSQL: {@link TestDatabase}), emptied of what earlier tests stored, and an output folder
 * of its own.
 */
@SpringBatchTest
@SpringBootTest
public abstract class JobFunctionalTestSupport {

	@Autowired
	protected JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	protected JdbcTemplate jdbc;

	@TempDir
	protected Path output;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@BeforeEach
	void emptyStagingTables() {
		StagingTables.empty(this.jdbc);
	}

}
