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

}
