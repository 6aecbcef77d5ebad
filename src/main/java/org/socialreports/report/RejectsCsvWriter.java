package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Path;

import org.socialreports.ingest.Reject;

/**
 * {@code rejects.csv}: where each rejected input was and why; the header alone when nothing
 * was rejected.
 */
public class RejectsCsvWriter implements ReportWriter {

	@Override
	public String fileName() {
		return "rejects.csv";
	}

	@Override
	public void write(ReportContent content, Path target) throws IOException {
		try (SafeCsvPrinter csv = CsvFiles.create(target, "source", "line", "reason")) {
			for (Reject reject : content.rejects()) {
				csv.printRecord(reject.source(), reject.line(), reject.reason());
			}
		}
	}

}
