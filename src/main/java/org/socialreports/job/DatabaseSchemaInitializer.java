package org.socialreports.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates the Spring Batch metadata tables when the database has none yet, and the staging
 * tables of each stage. Boot's own initializer cannot be used: it creates the Batch tables
 * unconditionally, which fails on the second run against a file database that already has them.
 */
class DatabaseSchemaInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(DatabaseSchemaInitializer.class);

	private static final String[] STAGE_SCHEMAS = { "schema/ingest.sql", "schema/classify.sql",
			"schema/aggregate.sql" };

	/** Cache and result sizes of the embedded database, which its defaults keep too small. */
	private static final String HSQLDB_SETTINGS = "schema/hsqldb-settings.sql";

	/** Posts keyed by a hash of their fields, before they were keyed by their place in the file. */
	private static final String STAGED_POST_BY_PLACE = "schema/upgrade/staged-post-by-place.sql";

	private final DataSource dataSource;

	DatabaseSchemaInitializer(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String platform = platform(metaData);
			if (platform.equals("hsqldb")) {
				populator.addScript(new ClassPathResource(HSQLDB_SETTINGS));
			}
			if (!hasTable(metaData, "BATCH_JOB_INSTANCE")) {
				populator.addScript(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
			}
			if (hasColumn(metaData, "STAGED_POST", "POST_KEY")) {
				logger.warn("Upgrading the staging tables: the next run reads every input file again");
				populator.addScript(new ClassPathResource(STAGED_POST_BY_PLACE));
			}
		}
		for (String schema : STAGE_SCHEMAS) {
			populator.addScript(new ClassPathResource(schema));
		}
		populator.execute(this.dataSource);
	}

	private static boolean hasTable(DatabaseMetaData metaData, String table) throws SQLException {
		// unquoted names are stored upper case by HSQLDB and lower case by PostgreSQL
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet tables = metaData.getTables(null, null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasColumn(DatabaseMetaData metaData, String table, String column) throws SQLException {
		for (String[] name : new String[][] { { table, column },
				{ table.toLowerCase(Locale.ROOT), column.toLowerCase(Locale.ROOT) } }) {
			try (ResultSet columns = metaData.getColumns(null, null, name[0], name[1])) {
				if (columns.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The platform's name in the Batch schema files: {@code hsqldb} or {@code postgresql}. */
	private static String platform(DatabaseMetaData metaData) throws SQLException {
		DatabaseDriver driver = DatabaseDriver.fromProductName(metaData.getDatabaseProductName());
		if (driver != DatabaseDriver.HSQLDB && driver != DatabaseDriver.POSTGRESQL) {
			throw new IllegalStateException("unsupported database: " + metaData.getDatabaseProductName());
		}
		return driver.getId();
	}

}
