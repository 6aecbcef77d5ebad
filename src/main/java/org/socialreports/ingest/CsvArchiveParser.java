package org.socialreports.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV archive, one post per record, streaming. The header names the columns (see
 * {@link PostField}); a comma or a semicolon separates them, UTF-8 or Windows-1252. A post's
 * line is the line its record starts on, records may span lines (quoted paragraphs).
 */
public final class CsvArchiveParser implements ArchiveParser {

	private final Path file;

	private final String source;

	private Reader reader;

	private CSVParser csv;

	private Iterator<CSVRecord> records;

	private CsvHeader header;

	private boolean finished;

	public CsvArchiveParser(Path file, String source) {
		this.file = file;
		this.source = source;
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
					this.finished = true;
					return null;
				}
				record = this.records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				return end(new Reject(this.source, line, "CSV not readable from line " + line + " (reading stopped at line "
						+ this.csv.getCurrentLineNumber() + "): " + rootMessage(ex)));
			}
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			return toEntry(record, line);
		}
	}

	private Reject open() throws IOException {
		this.reader = TextFiles.open(this.file);
		// the separator is sniffed from the header's raw text, before Commons CSV splits it
		this.reader.mark(1 << 16);
		StringBuilder first = new StringBuilder();
		for (int c = this.reader.read(); c >= 0 && c != '\n' && c != '\r' && first.length() < (1 << 16) - 1; c = this.reader.read()) {
			first.append((char) c);
		}
		this.reader.reset();
		char separator = CsvHeader.of(first.toString()).separator();
		this.csv = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get().parse(this.reader);
		this.records = this.csv.iterator();
		if (!this.records.hasNext()) {
			return new Reject(this.source, 0, "empty file");
		}
		this.header = CsvHeader.of(this.records.next().toList(), separator);
		if (!this.header.isComplete()) {
			return new Reject(this.source, 1, "CSV header has no column for " + this.header.missing()
				.stream()
				.map(PostField::canonicalName)
				.collect(Collectors.joining(", ")) + " (see the accepted names in the documentation)");
		}
		return null;
	}

	private ArchiveEntry toEntry(CSVRecord record, long line) {
		List<String> categories = new ArrayList<>();
		for (String value : values(record, PostField.CATEGORIES)) {
			for (String name : value.split("[;,|]")) {
				categories.add(name);
			}
		}
		return PostAssembler.assemble(this.source, line, value(record, PostField.TITLE),
				value(record, PostField.AUTHOR), value(record, PostField.DATE),
				TextFiles.body(value(record, PostField.TEXT)), categories);
	}

	private String value(CSVRecord record, PostField field) {
		List<String> values = values(record, field);
		return values.isEmpty() ? null : values.get(0);
	}

	private List<String> values(CSVRecord record, PostField field) {
		List<String> values = new ArrayList<>();
		for (int column : this.header.columns().getOrDefault(field, List.of())) {
			if (column < record.size()) {
				values.add(record.get(column));
			}
		}
		return values;
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
	public void close() throws IOException {
		this.finished = true;
		if (this.csv != null) {
			this.csv.close();
		}
		else if (this.reader != null) {
			this.reader.close();
		}
	}

}
