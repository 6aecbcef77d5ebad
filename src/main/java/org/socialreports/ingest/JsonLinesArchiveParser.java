package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a JSON Lines archive: one post object per line. Lines are independent, so a broken
 * line is a reject and reading goes on with the next one.
 */
public final class JsonLinesArchiveParser implements ArchiveParser {

	/** Longer lines are rejected: a post of 16 million characters is not a post. */
	static final int MAX_LINE_CHARS = 16 << 20;

	private final Path file;

	private final String source;

	private LineReader lines;

	private boolean closed;

	public JsonLinesArchiveParser(Path file, String source) {
		this.file = file;
		this.source = source;
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.closed) {
			return null;
		}
		if (this.lines == null) {
			this.lines = new LineReader(TextFiles.open(this.file), MAX_LINE_CHARS);
		}
		for (LineReader.Line line = this.lines.readLine(); line != null; line = this.lines.readLine()) {
			if (line.truncated()) {
				return new Reject(this.source, line.number(), "line too long (" + line.length() + " characters)");
			}
			if (!line.text().isBlank()) {
				return read(line);
			}
		}
		return null;
	}

	private ArchiveEntry read(LineReader.Line line) throws IOException {
		try (JsonParser json = JsonPostObject.FACTORY.createParser(line.text())) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				return new Reject(this.source, line.number(), "line is not a JSON object");
			}
			ArchiveEntry entry = JsonPostObject.read(json, this.source, line.number());
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
		if (this.lines != null) {
			this.lines.close();
		}
	}

}
