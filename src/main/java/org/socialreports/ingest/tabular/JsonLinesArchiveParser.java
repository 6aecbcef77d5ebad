package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.CutRecords;
import org.socialreports.ingest.ExportAccounts;
import org.socialreports.ingest.LineReader;
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.TextFiles;

/**
 * Reads a JSON Lines archive: one post object per line. Lines are independent, so a broken
 * line is a reject and reading goes on with the next one. Strings are cut to
 * {@link JsonStringCutter#MAX_STRING_CHARS}, so that a post with a huge value is kept, cut.
 */
final class JsonLinesArchiveParser implements ArchiveParser {

	/** Longer lines are rejected: a post of 16 million characters is not a post. */
	static final int MAX_LINE_CHARS = 16 << 20;

	private final Path file;

	private final String source;

	private final int maxStringChars;

	private final JsonPostObject posts;

	private final CutRecords cut;

	private JsonStringCutter cutter;

	private LineReader lines;

	private boolean closed;

	JsonLinesArchiveParser(Path file, String source) {
		this(file, source, JsonStringCutter.MAX_STRING_CHARS);
	}

	/**
	 * @param maxStringChars the longest string kept whole (see {@link JsonStringCutter})
	 */
	JsonLinesArchiveParser(Path file, String source, int maxStringChars) {
		this.file = file;
		this.source = source;
		this.maxStringChars = maxStringChars;
		this.posts = new JsonPostObject(source, maxStringChars, ExportAccounts.ofFile(file, source).name());
		this.cut = new CutRecords(source, maxStringChars);
	}

	/** @return how many posts read so far were kept with a string cut to the limit */
	public long cut() {
		return this.cut.count();
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.closed) {
			return null;
		}
		if (this.lines == null) {
			this.cutter = new JsonStringCutter(TextFiles.open(this.file), this.maxStringChars, true);
			this.lines = new LineReader(this.cutter, MAX_LINE_CHARS);
		}
		long cutsBefore = this.cutter.cuts();
		for (LineReader.Line line = this.lines.readLine(); line != null; line = this.lines.readLine()) {
			if (line.truncated()) {
				return new Reject(this.source, line.number(), "line too long (" + line.length() + " characters)");
			}
			if (!line.text().isBlank()) {
				ArchiveEntry entry = read(line);
				return this.cut.count(entry, this.cutter.cuts() > cutsBefore || this.posts.cut());
			}
		}
		return null;
	}

	private ArchiveEntry read(LineReader.Line line) throws IOException {
		try (JsonParser json = JsonPostObject.FACTORY.createParser(line.text())) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				return new Reject(this.source, line.number(), "line is not a JSON object");
			}
			ArchiveEntry entry = this.posts.read(json, line.number());
			if (json.nextToken() != null) {
				return new Reject(this.source, line.number(), "more than one JSON value on the line");
			}
			return entry;
		}
		catch (JsonProcessingException ex) {
			return new Reject(this.source, line.number(), "JSON not well-formed: " + ex.getOriginalMessage());
		}
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		this.cut.log();
		if (this.lines != null) {
			this.lines.close();
		}
	}

}
