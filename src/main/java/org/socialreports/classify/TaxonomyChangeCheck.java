package org.socialreports.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.InputFolders;
import org.socialreports.ingest.SourceFingerprint;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which taxonomies classified the stored posts, and warns when a run classifies with
 * another: the stored posts keep the themes an earlier taxonomy gave them, since their text is
 * not kept to classify them again, so the report would mix the two. A taxonomy is its file and,
 * when a theme model decides beside its rules, the model's file: a model trained again on more
 * labelled posts classifies as another taxonomy would.
 * <p>
 * A taxonomy is remembered once the step has stored posts with it, and forgotten only when no
 * post is stored any more, as after the planning of a full rebuild. A restarted full rebuild
 * keeps the posts of its first attempt, and their taxonomy with them.
 */
class TaxonomyChangeCheck implements StepExecutionListener {

	private static final Log logger = LogFactory.getLog(TaxonomyChangeCheck.class);

	private final JdbcTemplate jdbc;

	private final InputFolders folders;

	private final TransactionTemplate transaction;

	private final String changed;

	private final String fingerprint;

	/**
	 * @param taxonomy the file the classifier is loaded from, read when the job starts, as it is
	 * @param model the theme model that decides beside the rules, {@code null} when they decide
	 * alone: the fingerprint is then the taxonomy's alone, as it was before there were models
	 */
	TaxonomyChangeCheck(JdbcTemplate jdbc, InputFolders folders, TransactionTemplate transaction, Path taxonomy,
			Path model) {
		this.jdbc = jdbc;
		this.folders = folders;
		this.transaction = transaction;
		this.changed = (model != null) ? taxonomy + " or the theme model " + model : taxonomy.toString();
		this.fingerprint = (model != null) ? sha256(sha256Of(taxonomy) + " " + sha256Of(model)) : sha256Of(taxonomy);
	}

	private static String sha256Of(Path file) {
		try {
			return SourceFingerprint.of(file).sha256();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		check(folderOf(stepExecution));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getWriteCount() > 0) {
			rememberClassifying(folderOf(stepExecution));
		}
		return null;
	}

	private InputFolder folderOf(StepExecution stepExecution) {
		return this.folders.resolve(Path.of(stepExecution.getJobParameters().getString("input")));
	}

	/** @return whether stored posts of the folder were classified with another taxonomy (a warning logged) */
	boolean check(InputFolder folder) {
		Boolean changed = this.transaction.execute((status) -> otherTaxonomyStored(folder));
		if (Boolean.TRUE.equals(changed)) {
			logger.warn(this.changed + " has changed since some of the stored posts were classified: they keep"
					+ " their themes, and only new and changed files are classified with the new terms; run once"
					+ " with --full to classify every post again");
			return true;
		}
		return false;
	}

	/** Records that stored posts of the folder were classified with this run's taxonomy. */
	void rememberClassifying(InputFolder folder) {
		this.transaction.executeWithoutResult((status) -> {
			if (!known(folder).contains(this.fingerprint)) {
				record(folder);
			}
		});
	}

	private boolean otherTaxonomyStored(InputFolder folder) {
		boolean postsStored = !this.jdbc
			.queryForList("SELECT 1 FROM staged_post WHERE folder = ? FETCH FIRST 1 ROWS ONLY", Integer.class,
					folder.id())
			.isEmpty();
		if (!postsStored) {
			this.jdbc.update("DELETE FROM classifying_taxonomy WHERE folder = ?", folder.id());
			return false;
		}
		List<String> known = known(folder);
		if (known.isEmpty()) {
			// posts stored by a version of the job without this memory: taken as classified by today's
			record(folder);
			return false;
		}
		return known.stream().anyMatch((other) -> !other.equals(this.fingerprint));
	}

	private void record(InputFolder folder) {
		this.jdbc.update("INSERT INTO classifying_taxonomy (folder, fingerprint) VALUES (?, ?)", folder.id(),
				this.fingerprint);
	}

	private List<String> known(InputFolder folder) {
		return this.jdbc.queryForList("SELECT fingerprint FROM classifying_taxonomy WHERE folder = ?", String.class,
				folder.id());
	}

}
