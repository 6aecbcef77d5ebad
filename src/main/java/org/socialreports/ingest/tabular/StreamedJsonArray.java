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
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.TextFiles;

/**
 * A JSON file whose posts are the objects of an array, read with Jackson's streaming parser one
 * object at a time, so that the array may be larger than the memory, and with every string cut
 * to {@link JsonStringCutter#MAX_STRING_CHARS}, so that a value is too. JSON cannot be read past
 * a syntax error, so an error ends the file with a reject at its line; the posts before it are
 * kept. What leads to the array, and what an object says, are the formats'.
 */
abstract class StreamedJsonArray implements ArchiveParser {

	private final Path file;

	private final String source;

	private final int maxStringChars;

	private final String notAnObject;

	private final CutRecords cut;

	private JsonStringCutter cutter;

	private JsonParser json;

	private boolean finished;

	/**
	 * @param maxStringChars the longest string kept whole (see {@link JsonStringCutter})
	 * @param notAnObject the reason an element of the array that is not an object is rejected
	 */
	StreamedJsonArray(Path file, String source, int maxStringChars, String notAnObject) {
		this.file = file;
		this.source = source;
		this.maxStringChars = maxStringChars;
		this.notAnObject = notAnObject;
		this.cut = new CutRecords(source, maxStringChars);
	}

	/** @return how many posts read so far were kept with a string cut to the limit */
	public long cut() {
		return this.cut.count();
	}

	@Override
	public final ArchiveEntry next() throws IOException {
		if (this.finished) {
			return null;
		}
		try {
			if (this.json == null) {
				this.cutter = new JsonStringCutter(TextFiles.open(this.file), this.maxStringChars, false);
				this.json = JsonPostObject.FACTORY.createParser(this.cutter);
				Reject wrongShape = enterArray(this.json);
				if (wrongShape != null) {
					close();
					return wrongShape;
				}
			}
			ArchiveEntry entry = nextObject();
			while (entry == null && !this.finished) {
				Reject wrongShape = afterArray(this.json);
				if (wrongShape != null) {
					close();
					return wrongShape;
				}
				entry = this.finished ? null : nextObject();
			}
			return entry;
		}
		catch (JsonProcessingException ex) {
			long line = (ex.getLocation() != null) ? line(ex.getLocation()) : 0;
			close();
			return new Reject(this.source, line,
					"JSON not well-formed at line " + line + ", reading stopped: " + ex.getOriginalMessage());
		}
	}

	/** Another parser of the whole file, from its start, its strings cut: for a pass of its own. */
	final JsonParser openAgain() throws IOException {
		return JsonPostObject.FACTORY
			.createParser(new JsonStringCutter(TextFiles.open(this.file), this.maxStringChars, false));
	}

	/**
	 * Moves {@code json}, at the start of the file, to just inside the array of posts.
	 * @return {@code null}, or the reject that says the file is not of the format's shape
	 */
	abstract Reject enterArray(JsonParser json) throws IOException;

	/**
	 * Called once an array of posts has ended: moves {@code json} into the next one, or says
	 * that the file's posts are all read ({@link #finish()}), or what ends the file instead.
	 * @return {@code null}, or the reject that ends the file
	 */
	Reject afterArray(JsonParser json) throws IOException {
		finish();
		return null;
	}

	/** Reads the object {@code json} is at the start of, leaving it at its end. */
	abstract ArchiveEntry readObject(JsonParser json, long line) throws IOException;

	/** Whether the last object read had a value cut beyond the strings (several strings joined). */
	boolean lastObjectCut() {
		return false;
	}

	/** @return the array's next post or reject, {@code null} at its end */
	private ArchiveEntry nextObject() throws IOException {
		JsonToken token = this.json.nextToken();
		if (token == JsonToken.END_ARRAY) {
			return null;
		}
		if (token == null) {
			finish();
			return null;
		}
		long line = line(this.json.currentTokenLocation());
		if (token != JsonToken.START_OBJECT) {
			this.json.skipChildren();
			return new Reject(this.source, line, this.notAnObject);
		}
		long cutsBefore = this.cutter.cuts();
		ArchiveEntry entry = readObject(this.json, line);
		return this.cut.count(entry, this.cutter.cuts() > cutsBefore || lastObjectCut());
	}

	final void finish() {
		this.finished = true;
	}

	final String source() {
		return this.source;
	}

	static long line(JsonLocation location) {
		return Math.max(location.getLineNr(), 0);
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
