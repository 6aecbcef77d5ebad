package org.socialreports.ingest.social;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.socialreports.ingest.ArchiveContent;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.Reject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV of a social export (X's {@code tweets.csv}, LinkedIn's {@code Shares.csv}),
 * UTF-8 as the networks write it, one record at a time; records may span lines. A post's line
 * is the line its record starts on.
 */
final class SocialCsvParser implements ArchiveParser {

	private static final char BOM = '\uFEFF';

	private final ArchiveContent content;

	private final String source;

	private final List<String> required;

	private final CsvRowReader reader;

	private CSVParser csv;

	private Iterator<CSVRecord> records;

	private Map<String, Integer> columns;

	private long skipped;

	private boolean finished;

	/** @param required the columns without which the file is not of its format */
	SocialCsvParser(ArchiveContent content, String source, List<String> required, CsvRowReader reader) {
		this.content = content;
		this.source = source;
		this.required = required;
		this.reader = reader;
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.finished) {
			return null;
		}
		if (this.records == null) {
			Reject bad = open();
			if (bad != null) {
				return end(bad);
			}
		}
		while (true) {
			long line = this.csv.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				if (!this.records.hasNext()) {
					close();
					return null;
				}
				record = this.records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				return end(new Reject(this.source, line, "CSV not readable from line " + line + ", reading stopped: "
						+ rootMessage(ex)));
			}
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			ArchiveEntry entry = this.reader.read(new CsvRowReader.Row(record, this.columns), line);
			if (entry != null) {
				return entry;
			}
			this.skipped++;
		}
	}

	private Reject open() throws IOException {
		Reader text = new BufferedReader(new InputStreamReader(this.content.open(), StandardCharsets.UTF_8
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE)));
		text.mark(1);
		if (text.read() != BOM) {
			text.reset();
		}
		this.csv = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(text);
		this.records = this.csv.iterator();
		if (!this.records.hasNext()) {
			return new Reject(this.source, 0, "empty file");
		}
		this.columns = new HashMap<>();
		List<String> header = this.records.next().toList();
		for (int i = 0; i < header.size(); i++) {
			this.columns.putIfAbsent(header.get(i).strip(), i);
		}
		List<String> missing = this.required.stream().filter((column) -> !this.columns.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			return new Reject(this.source, 1, "CSV header has no column " + String.join(", ", missing));
		}
		return null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	private ArchiveEntry end(Reject reject) throws IOException {
		close();
		return reject;
	}

	@Override
	public long skipped() {
		return this.skipped;
	}

	@Override
	public void close() throws IOException {
		this.finished = true;
		if (this.csv != null) {
			this.csv.close();
		}
	}

}
