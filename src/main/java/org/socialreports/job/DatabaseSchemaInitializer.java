package org.socialreports.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * Tables are looked for in the connection's own schema: another schema's tables of the same
 * name are someone else's.
 */
class DatabaseSchemaInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(DatabaseSchemaInitializer.class);

	private static final String[] STAGE_SCHEMAS = { "schema/ingest.sql", "schema/classify.sql",
			"schema/aggregate.sql" };

	/** Cache and result sizes of the embedded database, which its defaults keep too small. */
	private static final String HSQLDB_SETTINGS = "schema/hsqldb-settings.sql";

	/**
	 * Each staging table and its columns, as this version's scripts create them. A table made by
	 * an earlier version lacks one of them: then every staging table is made anew, and the next
	 * run reads every input file again (their posts are not kept anywhere else).
	 */
	private static final Map<String, List<String>> PRESENT_LAYOUT = StageSchemas.tables(STAGE_SCHEMAS);

	private final DataSource dataSource;

	DatabaseSchemaInitializer(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String schema = connection.getSchema();
			String platform = platform(metaData);
			if (platform.equals("hsqldb")) {
				populator.addScript(new ClassPathResource(HSQLDB_SETTINGS));
			}
			if (!hasTable(metaData, schema, "BATCH_JOB_INSTANCE")) {
				populator.addScript(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
			}
			if (outdated(metaData, schema)) {
				logger.warn("Upgrading the staging tables to this version's layout: the next run reads every input file again");
				dropStagingTables(connection, metaData, schema);
			}
		}
		for (String stageSchema : STAGE_SCHEMAS) {
			populator.addScript(new ClassPathResource(stageSchema));
		}
		populator.execute(this.dataSource);
		try (Connection connection = this.dataSource.getConnection()) {
			if (platform(connection.getMetaData()).equals("postgresql")) {
				PostgresTextOrder.apply(connection, PRESENT_LAYOUT.keySet());
			}
		}
	}

	private static boolean outdated(DatabaseMetaData metaData, String schema) throws SQLException {
		for (Map.Entry<String, List<String>> table : PRESENT_LAYOUT.entrySet()) {
			if (hasTable(metaData, schema, table.getKey())
					&& !columns(metaData, schema, table.getKey()).containsAll(table.getValue())) {
				return true;
			}
		}
		return false;
	}

	private static void dropStagingTables(Connection connection, DatabaseMetaData metaData, String schema)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String table : PRESENT_LAYOUT.keySet()) {
				if (hasTable(metaData, schema, table)) {
					statement.execute("DROP TABLE " + table.toLowerCase(Locale.ROOT));
				}
			}
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	private static boolean hasTable(DatabaseMetaData metaData, String schema, String table) throws SQLException {
		// unquoted names are stored upper case by HSQLDB and lower case by PostgreSQL
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet tables = metaData.getTables(null, schema, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The table's columns, upper case, as HSQLDB or PostgreSQL stores them. */
	private static Set<String> columns(DatabaseMetaData metaData, String schema, String table) throws SQLException {
		Set<String> columns = new HashSet<>();
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet found = metaData.getColumns(null, schema, name, null)) {
				while (found.next()) {
					columns.add(found.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
				}
			}
		}
		return columns;
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
