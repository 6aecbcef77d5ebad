package org.socialreports.ingest;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rejects of every input folder: what {@code rejects.csv} lists. Each belongs to the file
 * it was found in, under its entry's number, so that two rejects of one line (three bad
 * objects of a minified JSON array) are two rows, and a restarted step that meets a reject
 * again does not list it twice.
 */
public class RejectStore implements StoredSources {

	static final int MAX_SOURCE_CHARS = 1024;

	static final int MAX_REASON_CHARS = 1000;

	// MERGE, because a restarted step may meet a reject that an earlier execution committed
	private static final String MERGE_REJECT = """
			MERGE INTO rejected_entry r USING (VALUES (CAST(? AS INTEGER), CAST(? AS VARCHAR(1024)), CAST(? AS BIGINT),
				CAST(? AS BIGINT), CAST(? AS VARCHAR(1000)))) AS v(folder, source, entry, line, reason)
				ON r.folder = v.folder AND r.source = v.source AND r.entry = v.entry
			WHEN NOT MATCHED THEN INSERT (folder, source, entry, line, reason)
				VALUES (v.folder, v.source, v.entry, v.line, v.reason)""";

	/**
	 * File, then entry: file names as Java compares strings, whatever the database's collation,
	 * so that {@code rejects.csv} lists them in the same order on HSQLDB and on PostgreSQL.
	 */
	private static final Comparator<Reject> ORDER = Comparator.comparing(Reject::source)
		.thenComparingLong(Reject::entry);

	private final JdbcTemplate jdbc;

	public RejectStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(InputFolder folder, Reject reject) {
		this.jdbc.update(MERGE_REJECT, folder.id(), truncate(reject.source(), MAX_SOURCE_CHARS), reject.entry(),
				reject.line(), truncate(reject.reason(), MAX_REASON_CHARS));
	}

	/** The folder's rejects, in the order of their files and entries. */
	public List<Reject> findAll(InputFolder folder) {
		List<Reject> rejects = this.jdbc.query("SELECT source, line, reason, entry FROM rejected_entry WHERE folder = ?",
				(rs, row) -> new Reject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)), folder.id());
		rejects.sort(ORDER);
		return rejects;
	}

	/** The files of the folder that gave a reject, in name order. */
	public List<String> sources(InputFolder folder) {
		List<String> sources = this.jdbc.queryForList("SELECT DISTINCT source FROM rejected_entry WHERE folder = ?",
				String.class, folder.id());
		sources.sort(Comparator.naturalOrder());
		return sources;
	}

	@Override
	public void forget(InputFolder folder, Collection<String> sources) {
		for (String source : sources) {
			this.jdbc.update("DELETE FROM rejected_entry WHERE folder = ? AND source = ?", folder.id(), source);
		}
	}

	@Override
	public void forgetAll() {
		this.jdbc.update("DELETE FROM rejected_entry");
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
