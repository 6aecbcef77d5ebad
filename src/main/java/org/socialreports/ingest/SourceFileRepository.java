package org.socialreports.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The input files already read, with their fingerprints; and the rejects, which belong to the
 * file they were found in.
 */
public class SourceFileRepository implements StoredSources {

	private final JdbcTemplate jdbc;

	public SourceFileRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, SourceFingerprint> findAll() {
		Map<String, SourceFingerprint> known = new HashMap<>();
		this.jdbc.query("SELECT source, size, modified, sha256 FROM source_file", (rs) -> {
			known.put(rs.getString(1), new SourceFingerprint(rs.getLong(2), rs.getLong(3), rs.getString(4)));
		});
		return known;
	}

	void save(InputPlan plan) {
		plan.toRead().forEach((source, fingerprint) -> {
			this.jdbc.update("DELETE FROM source_file WHERE source = ?", source);
			this.jdbc.update("INSERT INTO source_file (source, size, modified, sha256) VALUES (?, ?, ?, ?)", source,
					fingerprint.size(), fingerprint.modified(), fingerprint.sha256());
		});
	}

	@Override
	public void forget(Collection<String> sources) {
		for (String source : sources) {
			this.jdbc.update("DELETE FROM rejected_entry WHERE source = ?", source);
			this.jdbc.update("DELETE FROM source_file WHERE source = ?", source);
		}
	}

	@Override
	public void forgetAll() {
		this.jdbc.update("DELETE FROM rejected_entry");
		this.jdbc.update("DELETE FROM source_file");
	}

}
