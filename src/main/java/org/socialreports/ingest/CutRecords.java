package org.socialreports.ingest;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Counts the posts of one file that were kept with a value cut to the parser's limit, and says
 * so in the log, once per file: the post is in the report, but not all of its text.
 */
public final class CutRecords {

	private static final Log logger = LogFactory.getLog(CutRecords.class);

	private final String source;

	private final int maxChars;

	private long count;

	private boolean logged;

	public CutRecords(String source, int maxChars) {
		this.source = source;
		this.maxChars = maxChars;
	}

	/** Counts the entry when it is a post and was cut. */
	public ArchiveEntry count(ArchiveEntry entry, boolean cut) {
		if (cut && entry instanceof Post) {
			this.count++;
		}
		return entry;
	}

	public long count() {
		return this.count;
	}

	/** Logs the count, when there is one, the first time only. */
	public void log() {
		if (this.count > 0 && !this.logged) {
			this.logged = true;
			logger.warn(String.format(Locale.ROOT, "'%s': %d post(s) kept with a value cut to its first %,d characters",
					this.source, this.count, this.maxChars));
		}
	}

}
