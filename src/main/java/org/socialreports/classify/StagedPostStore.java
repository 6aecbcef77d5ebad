package org.socialreports.classify;

import java.util.Collection;

import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.StoredSources;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Forgets the staged posts of input files that are read again, so that a changed file
 * replaces its posts instead of adding to them.
 */
class StagedPostStore implements StoredSources {

	private final JdbcTemplate jdbc;

	StagedPostStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void forget(InputFolder folder, Collection<String> sources) {
		for (String source : sources) {
			this.jdbc.update("DELETE FROM staged_post WHERE folder = ? AND source = ?", folder.id(), source);
		}
	}

	/**
	 * Empties the table with {@code TRUNCATE}: a {@code DELETE} of a million posts keeps every
	 * row in the transaction, and ran HSQLDB out of memory (512 MB heap). HSQLDB truncates a
	 * table only with {@code AND COMMIT}, which commits the transaction there; the input files
	 * are forgotten before (see IngestConfiguration), so what is committed is consistent: no
	 * posts, and every file to be read again.
	 */
	@Override
	public void forgetAll() {
		DatabaseDriver driver = this.jdbc.execute((ConnectionCallback<DatabaseDriver>) (connection) -> DatabaseDriver
			.fromProductName(connection.getMetaData().getDatabaseProductName()));
		this.jdbc.execute((driver == DatabaseDriver.HSQLDB) ? "TRUNCATE TABLE staged_post AND COMMIT"
				: "TRUNCATE TABLE staged_post");
	}

}
