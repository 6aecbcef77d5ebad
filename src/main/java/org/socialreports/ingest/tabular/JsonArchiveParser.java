package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ExportAccounts;
import org.socialreports.ingest.Reject;

/**
 * Reads a JSON archive, an array of post objects (see {@link StreamedJsonArray}). Arrays joined
 * in one file are read one after the other; any other value after an array is a reject.
 */
final class JsonArchiveParser extends StreamedJsonArray {

	private final JsonPostObject posts;

	JsonArchiveParser(Path file, String source) {
		this(file, source, JsonStringCutter.MAX_STRING_CHARS);
	}

	/**
	 * @param maxStringChars the longest string kept whole (see {@link JsonStringCutter})
	 */
	JsonArchiveParser(Path file, String source, int maxStringChars) {
		super(file, source, maxStringChars, "array element is not an object");
		this.posts = new JsonPostObject(source, maxStringChars, ExportAccounts.ofFile(file, source).name());
	}

	@Override
	Reject enterArray(JsonParser json) throws IOException {
		if (json.nextToken() != JsonToken.START_ARRAY) {
			return new Reject(source(), line(json.currentTokenLocation()), "JSON archive is not an array of posts");
		}
		return null;
	}

	// arrays joined in one file (cat a.json b.json) are read one after the other
	@Override
	Reject afterArray(JsonParser json) throws IOException {
		JsonToken token = json.nextToken();
		if (token == null) {
			finish();
			return null;
		}
		if (token != JsonToken.START_ARRAY) {
			long line = line(json.currentTokenLocation());
			return new Reject(source(), line,
					"content after the JSON array at line " + line + " is not an array of posts, reading stopped");
		}
		return null;
	}

	@Override
	ArchiveEntry readObject(JsonParser json, long line) throws IOException {
		return this.posts.read(json, line);
	}

	@Override
	boolean lastObjectCut() {
		return this.posts.cut();
	}

}
