package org.socialreports.ingest;

/**
 * A file of an export that holds no posts (an X archive's list of likes, Mastodon's
 * {@code actor.json}, LinkedIn's {@code Connections.csv}): passed over on purpose, counted as
 * one skipped entry, neither a post nor a reject.
 */
final class PassedOverArchiveParser implements ArchiveParser {

	@Override
	public ArchiveEntry next() {
		return null;
	}

	@Override
	public long skipped() {
		return 1;
	}

	@Override
	public void close() {
	}

}
