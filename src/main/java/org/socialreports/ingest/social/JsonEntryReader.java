package org.socialreports.ingest.social;

import org.socialreports.ingest.ArchiveEntry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Makes a post or a reject of one entry of a social export's JSON, or passes it over.
 */
@FunctionalInterface
interface JsonEntryReader {

	/**
	 * @param entry one element of the export's array of entries, an object
	 * @param line the line the entry starts on
	 * @return the post or reject, or {@code null} for an entry passed over on purpose (a
	 * repost, no text of its own, not public): counted as skipped
	 */
	ArchiveEntry read(JsonNode entry, long line);

}
