package org.socialreports.job;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties what earlier tests stored, so that each test sees only its own run's posts.
 */
public final class StagingTables {

	private StagingTables() {
	}

	public static void empty(JdbcTemplate jdbc) {
		for (String table : new String[] { "staged_post", "rejected_entry", "author_month_theme", "source_file",
				"classifying_taxonomy" }) {
			jdbc.update("DELETE FROM " + table);
		}
	}

}
