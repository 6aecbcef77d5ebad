package org.socialreports.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * Pulls the entries of one archive file, one at a time, so that a file of any size is read in
 * constant memory. Implementations never throw for bad content: they return a {@link Reject}.
 */
public interface ArchiveParser extends Closeable {

	/**
	 * @return the next entry, or {@code null} at the end of the archive
	 * @throws IOException only when the file itself cannot be read
	 */
	ArchiveEntry next() throws IOException;

	/**
	 * @return how many entries read so far were passed over on purpose (drafts, pages…), for
	 * the log: they are neither posts nor rejects
	 */
	default long skipped() {
		return 0;
	}

}
