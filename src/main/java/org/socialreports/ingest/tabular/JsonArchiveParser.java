package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.CutRecords;
import org.socialreports.ingest.ExportAccounts;
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.TextFiles;

/**
 * Reads a JSON archive, an array of post objects, with Jackson's streaming parser: one object
 * at a time, so that the array may be larger than the memory, and with every string cut to
 * {@link JsonStringCutter#MAX_STRING_CHARS}, so that a value is too. Arrays joined in one file are
 * read one after the other; any other value after an array is a reject. JSON cannot be read
 * past a syntax error, so an error ends the file with a reject at its line; the posts before
 * it are kept.
 */
final class JsonArchiveParser implements ArchiveParser {

	private final Path file;

	private final String source;

	private final int maxStringChars;

	private final JsonPostObject posts;

	private final CutRecords cut;

	private JsonStringCutter cutter;

	private JsonParser json;

	private boolean finished;

	JsonArchiveParser(Path file, String source) {
		this(file, source, JsonStringCutter.MAX_STRING_CHARS);
	}

	/**
	 * @param maxStringChars the longest string kept whole (see {@link JsonStringCutter})
	 */
	JsonArchiveParser(Path file, String source, int maxStringChars) {
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
		if (this.finished) {
			return null;
		}
		try {
			if (this.json == null) {
				this.cutter = new JsonStringCutter(TextFiles.open(this.file), this.maxStringChars, false);
				this.json = JsonPostObject.FACTORY.createParser(this.cutter);
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
			long cutsBefore = this.cutter.cuts();
			ArchiveEntry entry = this.posts.read(this.json, line);
			return this.cut.count(entry, this.cutter.cuts() > cutsBefore || this.posts.cut());
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
		this.cut.log();
		if (this.json != null) {
			this.json.close();
		}
	}

}
