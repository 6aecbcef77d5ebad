package org.socialreports.ingest;

/**
 * What a parser yields for each piece of an archive: a post, or a reject.
 */
public sealed interface ArchiveEntry permits Post, Reject {
}
