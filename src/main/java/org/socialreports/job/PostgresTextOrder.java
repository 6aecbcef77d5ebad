package org.socialreports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * On PostgreSQL, the staging tables' text columns compare as their bytes do ({@code COLLATE "C"},
 * code point order), not as the database's natural-language collation: that is what HSQLDB and
 * Java do (but for characters above U+FFFF, which they place before U+E000–U+FFFF, as
 * StoredPosts minds when the database sorts a month), so that the posts of a month sorted by the
 * database come in the order they come in on HSQLDB, and a {@code GROUP BY} or a key compares
 * bytes rather than asking ICU (faster, too). The scripts of
 * the stages are the same for both databases: a column created with the default collation, or
 * by an earlier version, is altered once (its indexes are rebuilt, the table is not rewritten).
 */
final class PostgresTextOrder {

	private static final Log logger = LogFactory.getLog(PostgresTextOrder.class);

	private static final String COLUMNS = """
			SELECT table_name, column_name, data_type, character_maximum_length FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ?
				AND data_type IN ('character varying', 'character') AND collation_name IS DISTINCT FROM 'C'""";

	private PostgresTextOrder() {
	}

	/** Gives the text columns of these tables (of the connection's schema) the byte order. */
	static void apply(Connection connection, Collection<String> tables) throws SQLException {
		List<String> alterations = new ArrayList<>();
		try (PreparedStatement columns = connection.prepareStatement(COLUMNS)) {
			for (String table : tables) {
				columns.setString(1, table.toLowerCase(Locale.ROOT));
				try (ResultSet rs = columns.executeQuery()) {
					while (rs.next()) {
						String type = rs.getString(3).equals("character") ? "CHAR" : "VARCHAR";
						alterations.add("ALTER TABLE " + rs.getString(1) + " ALTER COLUMN " + rs.getString(2) + " TYPE "
								+ type + "(" + rs.getInt(4) + ") COLLATE \"C\"");
					}
				}
			}
		}
		if (alterations.isEmpty()) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String alteration : alterations) {
				statement.execute(alteration);
			}
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
		logger.debug("Text of the staging tables compared by code point (COLLATE \"C\"): " + alterations.size()
				+ " column(s)");
	}

}
