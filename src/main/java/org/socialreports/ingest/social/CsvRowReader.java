package org.socialreports.ingest.social;

import java.util.Map;

import org.socialreports.ingest.ArchiveEntry;

import org.apache.commons.csv.CSVRecord;

/**
 * Makes a post or a reject of one row of a social export's CSV, or passes it over.
 */
@FunctionalInterface
interface CsvRowReader {

	/**
	 * @param row one record of the file, after its header
	 * @param line the line the record starts on
	 * @return the post or reject, or {@code null} for a row passed over on purpose (a repost,
	 * no text of its own): counted as skipped
	 */
	ArchiveEntry read(Row row, long line);

	/** A record read by the names of the header's columns. */
	record Row(CSVRecord record, Map<String, Integer> columns) {

		/** @return the value of the named column, {@code ""} when the row or the header lacks it */
		String get(String column) {
			Integer index = this.columns.get(column);
			return (index != null && index < this.record.size()) ? this.record.get(index) : "";
		}

	}

}
