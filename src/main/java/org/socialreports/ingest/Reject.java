package org.socialreports.ingest;

/**
 * Input that could not become a post: kept, with where it was and why, so that nothing is
 * silently dropped.
 *
 * @param line where a person looks for it, as for a {@link Post}
 * @param entry its identity in the archive (see {@link ArchiveEntry#entry()}); 0 until the
 * reader numbers it
 */
public record Reject(String source, long line, String reason, long entry) implements ArchiveEntry {

	public Reject {
		source = StorableText.of(source);
		reason = StorableText.of(reason);
	}

	public Reject(String source, long line, String reason) {
		this(source, line, reason, 0);
	}

	@Override
	public Reject withEntry(long entry) {
		return new Reject(this.source, this.line, this.reason, entry);
	}

}
