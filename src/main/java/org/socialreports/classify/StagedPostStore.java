package org.socialreports.classify;

import java.util.Collection;

import org.socialreports.ingest.StoredSources;

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
	public void forget(Collection<String> sources) {
		for (String source : sources) {
			this.jdbc.update("DELETE FROM staged_post WHERE source = ?", source);
		}
	}

	@Override
	public void forgetAll() {
		this.jdbc.update("DELETE FROM staged_post");
	}

}
