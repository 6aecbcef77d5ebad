package org.socialreports.ingest.social;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.socialreports.ingest.ArchiveContent;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.Reject;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the array of entries of a social export with Jackson's streaming parser, one entry at a
 * time, so that an export of hundreds of megabytes on one line needs only the memory of its
 * largest entry. The array is the whole document, the value of one of its top-level fields
 * (Mastodon's {@code orderedItems}), or follows X's {@code window.YTD.tweets.part0 =}. JSON
 * cannot be read past a syntax error: an error ends the file with a reject at its line, the
 * entries before it are kept.
 */
final class SocialJsonParser implements ArchiveParser {

	static final ObjectMapper MAPPER = new ObjectMapper();

	// X's prefix is short; a longer one is not X's
	private static final int MAX_SCRIPT_PREFIX = 256;

	private final ArchiveContent content;

	private final String source;

	private final String arrayField;

	private final String shapeName;

	private final JsonEntryReader reader;

	private JsonParser json;

	private long prefixLines;

	private boolean inObject;

	private long skipped;

	private boolean finished;

	/**
	 * @param arrayField the top-level field that holds the entries, or {@code null} when the
	 * document is the array itself, possibly after a {@code window.YTD…=} prefix; a document
	 * that is an array is read as the entries in either case
	 * @param shapeName what the file should be, for the reject of a file of another shape
	 */
	SocialJsonParser(ArchiveContent content, String source, String arrayField, String shapeName,
			JsonEntryReader reader) {
		this.content = content;
		this.source = source;
		this.arrayField = arrayField;
		this.shapeName = shapeName;
		this.reader = reader;
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.finished) {
			return null;
		}
		try {
			if (this.json == null) {
				Reject wrongShape = open();
				if (wrongShape != null) {
					return end(wrongShape);
				}
			}
			while (true) {
				JsonToken token = this.json.nextToken();
				if (token == JsonToken.END_ARRAY && this.inObject && nextArray()) {
					continue;
				}
				if (token == JsonToken.END_ARRAY || token == null) {
					close();
					return null;
				}
				long line = line(this.json.currentTokenLocation());
				if (token != JsonToken.START_OBJECT) {
					this.json.skipChildren();
					return new Reject(this.source, line, "array element is not an object");
				}
				JsonNode entry = this.json.readValueAsTree();
				ArchiveEntry read = this.reader.read(entry, line);
				if (read != null) {
					return read;
				}
				this.skipped++;
			}
		}
		catch (JsonProcessingException ex) {
			long line = (ex.getLocation() != null) ? line(ex.getLocation()) : 0;
			return end(new Reject(this.source, line,
					"JSON not well-formed at line " + line + ", reading stopped: " + ex.getOriginalMessage()));
		}
	}

	// Leaves the parser before the first entry, or says why the file is not of the expected shape.
	private Reject open() throws IOException {
		InputStream in = new BufferedInputStream(this.content.open());
		try {
			skipScriptPrefix(in);
			this.json = MAPPER.createParser(in);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
		JsonToken first = this.json.nextToken();
		long line = (first != null) ? line(this.json.currentTokenLocation()) : 1;
		if (first == JsonToken.START_ARRAY) {
			// the entries themselves, as some tools save them
			return null;
		}
		if (this.arrayField == null || first != JsonToken.START_OBJECT) {
			return new Reject(this.source, line, "not " + this.shapeName + ": the JSON is not "
					+ ((this.arrayField == null) ? "an array" : "an object with an array '" + this.arrayField + "'"));
		}
		this.inObject = true;
		return nextArray() ? null
				: new Reject(this.source, line, "not " + this.shapeName + ": no array '" + this.arrayField + "'");
	}

	// Mastodon writes "orderedItems":[] before the "orderedItems" that holds the activities:
	// every array of that name holds entries.
	private boolean nextArray() throws IOException {
		while (this.json.nextToken() == JsonToken.FIELD_NAME) {
			String name = this.json.currentName();
			JsonToken value = this.json.nextToken();
			if (name.equals(this.arrayField) && value == JsonToken.START_ARRAY) {
				return true;
			}
			this.json.skipChildren();
		}
		return false;
	}

	// "window.YTD.tweets.part0 = [": the export is a script that assigns the array
	private void skipScriptPrefix(InputStream in) throws IOException {
		in.mark(MAX_SCRIPT_PREFIX);
		byte[] head = in.readNBytes(MAX_SCRIPT_PREFIX);
		int start = 0;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			start = 3;
		}
		while (start < head.length && Character.isWhitespace(head[start])) {
			start++;
		}
		in.reset();
		if (start >= head.length || head[start] != 'w') {
			return;
		}
		for (int i = start; i < head.length; i++) {
			if (head[i] == '\n') {
				this.prefixLines++;
			}
			if (head[i] == '=') {
				in.skipNBytes(i + 1);
				return;
			}
		}
	}

	private long line(JsonLocation location) {
		return Math.max(location.getLineNr(), 0) + this.prefixLines;
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
		if (this.json != null) {
			this.json.close();
		}
	}

}
