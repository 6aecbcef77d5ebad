package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one file of the output contract. The report step gives each writer a temporary path
 * and moves the file into place only once the writer has returned.
 */
public interface ReportWriter {

	/** The contract's file name, such as {@code aggregates.csv}. */
	String fileName();

	void write(ReportContent content, Path target) throws IOException;

	/**
	 * Whether {@link #write} reads {@link ReportContent#posts()}. The posts come while they are
	 * read from the database, and the reading waits for the writers that read them: such a
	 * writer reads them to the end before it waits for {@link ReportContent#topPosts()}, after
	 * which its posts can no longer be read. The posts of a writer that says no cannot be read.
	 */
	default boolean readsPosts() {
		return false;
	}

}
