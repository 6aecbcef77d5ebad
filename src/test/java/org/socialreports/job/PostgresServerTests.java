package org.socialreports.job;

import org.junit.jupiter.api.Test;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTests {

	@Test
	void givesEachCallerAnEmptyDatabaseOfItsOwnOnTheLoopbackInterface() {
		JdbcTemplate first = jdbc(PostgresServer.createDatabase("PostgresServerTests"));
		JdbcTemplate second = jdbc(PostgresServer.createDatabase("PostgresServerTests"));

		first.execute("CREATE TABLE t (v INTEGER)");
		first.update("INSERT INTO t VALUES (1)");

		assertThat(first.queryForObject("SELECT COUNT(*) FROM t", Long.class)).isEqualTo(1);
		assertThat(second.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 't'",
				Long.class)).isZero();
		assertThat(first.queryForObject("SELECT current_database()", String.class))
			.isNotEqualTo(second.queryForObject("SELECT current_database()", String.class));
		assertThat(first.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("127.0.0.1");
		assertThat(first.queryForObject("SELECT host(inet_server_addr())", String.class)).isEqualTo("127.0.0.1");
	}

	/** As en_US.UTF-8 would, and C would not: lower case 'b' before upper case 'C'. */
	@Test
	void comparesTextAsANaturalLanguageCollationDoes() {
		JdbcTemplate jdbc = jdbc(PostgresServer.createDatabase("PostgresServerTests"));

		assertThat(jdbc.queryForList("SELECT v FROM (VALUES ('Yann'), ('conseils'), ('Émile'), ('b')) AS t (v) ORDER BY v",
				String.class)).containsExactly("b", "conseils", "Émile", "Yann");
	}

	private static JdbcTemplate jdbc(Database database) {
		return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()));
	}

}
