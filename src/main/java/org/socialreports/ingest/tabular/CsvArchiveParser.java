package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.CutRecords;
import org.socialreports.ingest.ExportAccounts;
import org.socialreports.ingest.PostAssembler;
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.TextFiles;

/**
 * Reads a CSV archive, one post per record, streaming. The header names the columns (see
 * {@link PostField}); a comma or a semicolon separates them, UTF-8 or Windows-1252. A post's
 * line is the line its record starts on, records may span lines (quoted paragraphs).
 * <p>
 * Commons CSV reads the records that {@link CsvRecordGuard} lets through: a field longer than
 * {@link #MAX_FIELD_CHARS} is cut to that length, and a record broken by a stray quote is a
 * reject, after which reading resumes at its next line, so that it does not swallow the rest of
 * the file.
 */
final class CsvArchiveParser implements ArchiveParser {

	/** The longest field kept whole: no post's text is a million characters long. */
	static final int MAX_FIELD_CHARS = 1 << 20;

	private final Path file;

	private final String source;

	private final int maxFieldChars;

	private final CutRecords cut;

	private final Deque<ArchiveEntry> ready = new ArrayDeque<>();

	private Reader reader;

	private CsvRecordGuard guard;

	private CSVParser csv;

	private Iterator<CSVRecord> records;

	private final String fileAccount;

	private CsvHeader header;

	private boolean finished;

	CsvArchiveParser(Path file, String source) {
		this(file, source, MAX_FIELD_CHARS);
	}

	/**
	 * @param maxFieldChars the longest field kept whole
	 */
	CsvArchiveParser(Path file, String source, int maxFieldChars) {
		this.file = file;
		this.source = source;
		this.maxFieldChars = maxFieldChars;
		this.fileAccount = ExportAccounts.ofFile(file, source).name();
		this.cut = new CutRecords(source, maxFieldChars);
	}

	/** @return how many posts read so far were kept with a field cut to the limit */
	public long cut() {
		return this.cut.count();
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
		while (this.ready.isEmpty()) {
			if (this.guard.events().peek() instanceof CsvRecordGuard.Broken broken) {
				this.guard.events().poll();
				return reject(broken);
			}
			CSVRecord record;
			try {
				if (!this.records.hasNext()) {
					if (this.guard.events().isEmpty()) {
						this.finished = true;
						return null;
					}
					continue;
				}
				record = this.records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				// the guard hands over well-formed records only: this is a bug, not bad data
				long line = this.guard.events().isEmpty() ? 0 : this.guard.events().peek().line();
				return end(new Reject(this.source, line, "CSV not readable from line " + line + ": " + rootMessage(ex)));
			}
			CsvRecordGuard.Kept kept = takeKept();
			if (record.size() != 1 || !record.get(0).isBlank()) {
				this.ready.add(this.cut.count(toEntry(record, kept.line()), kept.cut()));
			}
		}
		return this.ready.poll();
	}

	/** The event of the record Commons CSV just read; the broken ones before it are rejects. */
	private CsvRecordGuard.Kept takeKept() {
		while (true) {
			CsvRecordGuard.Event event = this.guard.events().poll();
			if (event instanceof CsvRecordGuard.Kept kept) {
				return kept;
			}
			this.ready.add(reject((CsvRecordGuard.Broken) event));
		}
	}

	private Reject reject(CsvRecordGuard.Broken broken) {
		return new Reject(this.source, broken.line(), broken.reason());
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
		this.guard = new CsvRecordGuard(this.reader, () -> TextFiles.open(this.file), separator, this.maxFieldChars);
		this.csv = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get().parse(this.guard);
		this.records = this.csv.iterator();
		if (!this.records.hasNext()) {
			return this.guard.events().isEmpty() ? new Reject(this.source, 0, "empty file")
					: reject((CsvRecordGuard.Broken) this.guard.events().poll());
		}
		CSVRecord names = this.records.next();
		if (this.guard.events().peek() instanceof CsvRecordGuard.Broken broken) {
			return reject(broken);
		}
		this.guard.events().poll();
		this.header = CsvHeader.of(names.toList(), separator);
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
		// a table without an author column is its file's account's, as an export is
		String author = this.header.has(PostField.AUTHOR) ? value(record, PostField.AUTHOR) : this.fileAccount;
		return PostAssembler.assemble(this.source, line, value(record, PostField.TITLE), author,
				value(record, PostField.DATE),
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
		this.ready.clear();
		this.cut.log();
		if (this.csv != null) {
			this.csv.close();
		}
		else if (this.reader != null) {
			this.reader.close();
		}
	}

}
