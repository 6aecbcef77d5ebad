package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Path;

import org.socialreports.aggregate.AuthorMonthTheme;

/**
 * {@code aggregates.csv}: one row per author, month and primary theme.
 */
public class AggregatesCsvWriter implements ReportWriter {

	@Override
	public String fileName() {
		return "aggregates.csv";
	}

	@Override
	public void write(ReportContent content, Path target) throws IOException {
		try (SafeCsvPrinter csv = CsvFiles.create(target, "author", "month", "theme", "posts", "words")) {
			for (AuthorMonthTheme row : content.aggregates()) {
				csv.printRecord(row.author(), row.month(), row.theme().id(), row.posts(), row.words());
			}
		}
	}

}
