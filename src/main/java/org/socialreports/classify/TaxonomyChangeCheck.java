package org.socialreports.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.ingest.SourceFingerprint;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers which taxonomy classified the stored posts, and warns when a run that is not a full
 * rebuild classifies with another: the stored posts keep the themes the earlier taxonomy gave
 * them, since their text is not kept to classify them again, so the report would mix the two.
 */
class TaxonomyChangeCheck implements StepExecutionListener {

	private static final Log logger = LogFactory.getLog(TaxonomyChangeCheck.class);

	private final JdbcTemplate jdbc;

	private final Path taxonomy;

	private final String fingerprint;

	/** @param taxonomy the file the classifier was loaded from, read now as it was then */
	TaxonomyChangeCheck(JdbcTemplate jdbc, Path taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		try {
			this.fingerprint = SourceFingerprint.of(taxonomy).sha256();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the taxonomy " + taxonomy, ex);
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		check(Boolean.parseBoolean(stepExecution.getJobParameters().getString("full")));
	}

	/**
	 * @param full whether this run classifies every post again
	 * @return whether stored posts were classified with another taxonomy (and a warning logged)
	 */
	boolean check(boolean full) {
		List<String> fingerprints = this.jdbc.queryForList("SELECT fingerprint FROM classifying_taxonomy", String.class);
		String stored = fingerprints.isEmpty() ? null : fingerprints.get(0);
		boolean postsStored = !this.jdbc.queryForList("SELECT 1 FROM staged_post FETCH FIRST 1 ROWS ONLY", Integer.class)
			.isEmpty();
		// a database from before this check knows nothing better than the taxonomy of today
		if (full || stored == null || !postsStored) {
			if (!this.fingerprint.equals(stored)) {
				this.jdbc.update("DELETE FROM classifying_taxonomy");
				this.jdbc.update("INSERT INTO classifying_taxonomy (fingerprint) VALUES (?)", this.fingerprint);
			}
			return false;
		}
		if (stored.equals(this.fingerprint)) {
			return false;
		}
		logger.warn(this.taxonomy + " has changed since the stored posts were classified: they keep their themes,"
				+ " and only new and changed files are classified with the new terms; run once with --full to"
				+ " classify every post again");
		return true;
	}

}
