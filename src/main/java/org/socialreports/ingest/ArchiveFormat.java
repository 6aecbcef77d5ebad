package org.socialreports.ingest;

/**
 * The kinds of archive the job reads, each with its parser.
 */
public enum ArchiveFormat {

	/** The WordPress text dump, posts ended by "… was last modified: … by …" footers. */
	TEXT,

	/** A WordPress export (WXR): RSS with the {@code wp:} namespace. */
	WXR,

	/** An RSS (0.9x, 1.0, 2.0) or Atom feed. */
	FEED,

	/** A CSV file whose header names the post fields. */
	CSV,

	/** A JSON array of post objects. */
	JSON,

	/** JSON Lines: one post object per line. */
	JSON_LINES,

	/** A JSON Feed (jsonfeed.org): an object whose items are the posts. */
	JSON_FEED,

	/** A file of a social network's account export (see {@code ingest.social}). */
	SOCIAL,

	/** A zip of exports, read in place. */
	ZIP,

	/** A file of an export that holds no posts: passed over, counted as skipped. */
	PASSED_OVER,

	/** Anything else: one reject, never a crash. */
	UNSUPPORTED

}
