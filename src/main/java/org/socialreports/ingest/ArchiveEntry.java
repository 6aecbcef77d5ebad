package org.socialreports.ingest;

/**
 * What a parser yields for each piece of an archive: a post, or a reject.
 */
public sealed interface ArchiveEntry permits Post, Reject {

	/**
	 * The entry's identity in its archive, unique within the file: its ordinal among the file's
	 * entries (1, 2, …), as {@link ArchiveItemReader} numbers them. A line cannot be it: a
	 * minified JSON array or a one-line feed holds every entry on one line.
	 */
	long entry();

	ArchiveEntry withEntry(long entry);

}
