package org.socialreports.job;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSchemaInitializerTests {

	private final SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
			"jdbc:hsqldb:mem:schema-" + UUID.randomUUID(), "SA", "", true);

	private final JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

	@Test
	void createsTheBatchAndStagingTablesAndCanRunAgain() throws SQLException {
		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();
		this.jdbc.update("INSERT INTO source_file VALUES (1, 'a.txt', 1, 2, 'cafe')");
		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance", Long.class)).isZero();
		assertThat(columnsOf("STAGED_POST")).startsWith("FOLDER", "SOURCE", "ENTRY", "LINE", "TITLE");
		assertThat(this.jdbc.queryForList("SELECT source FROM source_file", String.class)).containsExactly("a.txt");
	}

	/**
	 * A checkpoint of HSQLDB's own, when its log is full, holds every new statement until the open
	 * transactions end, and a partition's transaction can be waiting for Spring Batch's
	 * execution-context lock, held by another partition whose statement the checkpoint holds: a
	 * million-post run hung so. The database must never checkpoint by itself.
	 */
	@Test
	void anEmbeddedDatabaseNeverCheckpointsOfItsOwn(@TempDir Path dir) throws SQLException {
		SingleConnectionDataSource file = new SingleConnectionDataSource("jdbc:hsqldb:file:" + dir.resolve("db")
				+ ";shutdown=true", "SA", "", true);
		try {
			new DatabaseSchemaInitializer(file).afterPropertiesSet();

			assertThat(new JdbcTemplate(file).queryForObject("SELECT property_value FROM"
					+ " information_schema.system_properties WHERE property_name = 'hsqldb.log_size'", String.class))
				.isEqualTo("0");
		}
		finally {
			file.destroy();
		}
	}

	/** The layout before input folders and entry numbers: posts keyed by (source, line). */
	@Test
	void upgradesAnEarlierLayoutByForgettingEveryFileSoThatTheNextRunReadsThemAgain() throws SQLException {
		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();
		for (String table : new String[] { "staged_post", "source_file", "rejected_entry", "input_folder" }) {
			this.jdbc.execute("DROP TABLE " + table);
		}
		this.jdbc.execute("CREATE TABLE staged_post (source VARCHAR(1024) NOT NULL, line BIGINT NOT NULL,"
				+ " post_month CHAR(7) NOT NULL, PRIMARY KEY (source, line))");
		this.jdbc.execute("CREATE TABLE source_file (source VARCHAR(1024) NOT NULL PRIMARY KEY, size BIGINT NOT NULL,"
				+ " modified BIGINT NOT NULL, sha256 CHAR(64) NOT NULL)");
		this.jdbc.execute("CREATE TABLE rejected_entry (source VARCHAR(1024) NOT NULL, line BIGINT NOT NULL,"
				+ " reason VARCHAR(1000) NOT NULL, PRIMARY KEY (source, line, reason))");
		this.jdbc.update("INSERT INTO staged_post VALUES ('a.txt', 1, '2009-03')");
		this.jdbc.update("INSERT INTO source_file VALUES ('a.txt', 1, 2, 'cafe')");
		this.jdbc.update("INSERT INTO rejected_entry VALUES ('a.txt', 9, 'no footer')");

		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();

		assertThat(columnsOf("STAGED_POST")).startsWith("FOLDER", "SOURCE", "ENTRY", "LINE");
		assertThat(columnsOf("SOURCE_FILE")).startsWith("FOLDER", "SOURCE");
		assertThat(columnsOf("REJECTED_ENTRY")).startsWith("FOLDER", "SOURCE", "ENTRY", "LINE", "REASON");
		for (String table : new String[] { "staged_post", "source_file", "rejected_entry", "input_folder",
				"author_month_theme", "classifying_taxonomy" }) {
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table).isZero();
		}
	}

	/** A table of the present names that lacks one column a later version added, in the middle. */
	@Test
	void upgradesATableThatLacksOneColumnOfItsScript() throws SQLException {
		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();
		this.jdbc.update("INSERT INTO input_folder (path) VALUES ('/input')");
		this.jdbc.execute("ALTER TABLE review_close_call DROP COLUMN title");

		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();

		assertThat(columnsOf("REVIEW_CLOSE_CALL")).contains("ENTRY", "TITLE", "THEME");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM input_folder", Long.class)).isZero();
	}

	/** Nothing to upgrade: the stored input folders stay. */
	@Test
	void keepsTheTablesOfThePresentLayout() throws SQLException {
		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();
		this.jdbc.update("INSERT INTO input_folder (path) VALUES ('/input')");

		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM input_folder", Long.class)).isOne();
	}

	/** Another schema's Batch tables are someone else's: this schema still gets its own. */
	@Test
	void looksForTheTablesInItsOwnSchemaOnly() throws SQLException {
		this.jdbc.execute("CREATE SCHEMA other");
		this.jdbc.execute("CREATE TABLE other.batch_job_instance (id BIGINT)");
		this.jdbc.execute("CREATE TABLE other.staged_post (source VARCHAR(10))");

		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM public.batch_job_instance", Long.class)).isZero();
		assertThat(columnsOf("STAGED_POST")).contains("FOLDER", "ENTRY");
	}

	@Test
	void comparesStringsWithoutPaddingTheShorterWithSpaces() throws SQLException {
		new DatabaseSchemaInitializer(this.dataSource).afterPropertiesSet();
		this.jdbc.update("INSERT INTO source_file VALUES (1, 'a.txt', 1, 2, 'cafe')");
		this.jdbc.update("INSERT INTO source_file VALUES (1, 'a.txt ', 3, 4, 'tea')");

		assertThat(this.jdbc.queryForList("SELECT sha256 FROM source_file WHERE source = 'a.txt'", String.class))
			.singleElement()
			.asString()
			.startsWith("cafe");
		assertThat(this.jdbc.queryForObject(
				"SELECT property_value FROM information_schema.system_properties WHERE property_name = 'sql.pad_space'",
				String.class))
			.isEqualTo("false");
	}

	private List<String> columnsOf(String table) {
		return this.jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
				+ " AND table_schema = 'PUBLIC' ORDER BY ordinal_position", String.class, table);
	}

}
