package org.socialreports.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The input files already read, with their fingerprints, per input folder.
 */
public class SourceFileRepository implements StoredSources {

	private final JdbcTemplate jdbc;

	public SourceFileRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, SourceFingerprint> findAll(InputFolder folder) {
		Map<String, SourceFingerprint> known = new HashMap<>();
		this.jdbc.query("SELECT source, size, modified, sha256 FROM source_file WHERE folder = ?", (rs) -> {
			known.put(rs.getString(1), new SourceFingerprint(rs.getLong(2), rs.getLong(3), rs.getString(4)));
		}, folder.id());
		return known;
	}

	/**
	 * The folder's files that a run read, in name order (as Java orders strings, whatever the
	 * database's collation), whether they gave posts, rejects or nothing.
	 */
	public List<String> sources(InputFolder folder) {
		List<String> sources = new ArrayList<>(
				this.jdbc.queryForList("SELECT source FROM source_file WHERE folder = ?", String.class, folder.id()));
		sources.sort(null);
		return sources;
	}

	void save(InputFolder folder, InputPlan plan) {
		plan.toRead().forEach((source, fingerprint) -> {
			this.jdbc.update("DELETE FROM source_file WHERE folder = ? AND source = ?", folder.id(), source);
			this.jdbc.update("INSERT INTO source_file (folder, source, size, modified, sha256) VALUES (?, ?, ?, ?, ?)",
					folder.id(), source, fingerprint.size(), fingerprint.modified(), fingerprint.sha256());
		});
	}

	@Override
	public void forget(InputFolder folder, Collection<String> sources) {
		for (String source : sources) {
			this.jdbc.update("DELETE FROM source_file WHERE folder = ? AND source = ?", folder.id(), source);
		}
	}

	@Override
	public void forgetAll() {
		this.jdbc.update("DELETE FROM source_file");
	}

}
