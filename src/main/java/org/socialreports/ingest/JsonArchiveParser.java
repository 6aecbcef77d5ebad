package org.socialreports.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a JSON archive, an array of post objects, with Jackson's streaming parser: one object
 * at a time, so that the array may be larger than the memory. Arrays joined in one file are
 * read one after the other; any other value after an array is a reject. JSON cannot be read
 * past a syntax error, so an error ends the file with a reject at its line; the posts before
 * it are kept.
 */
public final class JsonArchiveParser implements ArchiveParser {

	private final Path file;

	private final String source;

	private JsonParser json;

	private boolean finished;

	public JsonArchiveParser(Path file, String source) {
		this.file = file;
		this.source = source;
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.finished) {
			return null;
		}
		try {
			if (this.json == null) {
				Reader reader = TextFiles.open(this.file);
				this.json = JsonPostObject.FACTORY.createParser(reader);
				if (this.json.nextToken() != JsonToken.START_ARRAY) {
					return end(line(this.json.currentTokenLocation()), "JSON archive is not an array of posts");
				}
			}
			JsonToken token = this.json.nextToken();
			while (token == JsonToken.END_ARRAY) {
				// arrays joined in one file (cat a.json b.json) are read one after the other
				token = this.json.nextToken();
				if (token == null) {
					this.finished = true;
					return null;
				}
				if (token != JsonToken.START_ARRAY) {
					long line = line(this.json.currentTokenLocation());
					return end(line, "content after the JSON array at line " + line
							+ " is not an array of posts, reading stopped");
				}
				token = this.json.nextToken();
			}
			if (token == null) {
				this.finished = true;
				return null;
			}
			long line = line(this.json.currentTokenLocation());
			if (token != JsonToken.START_OBJECT) {
				this.json.skipChildren();
				return new Reject(this.source, line, "array element is not an object");
			}
			return JsonPostObject.read(this.json, this.source, line);
		}
		catch (JsonProcessingException ex) {
			long line = (ex.getLocation() != null) ? line(ex.getLocation()) : 0;
			return end(line, "JSON not well-formed at line " + line + ", reading stopped: " + ex.getOriginalMessage());
		}
	}

	private static long line(JsonLocation location) {
		return Math.max(location.getLineNr(), 0);
	}

	private ArchiveEntry end(long line, String reason) throws IOException {
		close();
		return new Reject(this.source, line, reason);
	}

	@Override
	public void close() throws IOException {
		this.finished = true;
		if (this.json != null) {
			this.json.close();
		}
	}

}
