package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.PostAssembler;
import org.socialreports.ingest.TextFiles;

/**
 * Reads one JSON object of a JSON or JSON Lines archive into a post, with the field names of
 * {@link PostField}. Unknown fields are passed over; categories and tags may be an array of
 * strings or one string; an author may be an object with a {@code name}, or an array of them
 * (JSON Feed's {@code authors}), the first of which is taken. An object without any author
 * field is its file's account's post.
 */
final class JsonPostObject {

	private static final JsonFactory HEAD_FACTORY = JsonFactory.builder()
		.enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
		.build();

	/**
	 * Jackson as both JSON formats read it: a control character left unescaped in a string (a
	 * NUL, a tab pasted from a spreadsheet) is taken as it is, rather than ending the file;
	 * {@link PostAssembler} keeps it out of titles and names. Names may be as long as the
	 * strings {@link JsonStringCutter} lets through.
	 */
	static final JsonFactory FACTORY = JsonFactory.builder()
		.enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
		.streamReadConstraints(StreamReadConstraints.builder().maxNameLength(JsonStringCutter.MAX_STRING_CHARS).build())
		.build();

	private final String source;

	private final int maxChars;

	private final String fileAccount;

	private boolean cut;

	/**
	 * @param maxChars the most characters kept of a field given as several strings (an array of
	 * paragraphs or tags), each of which {@link JsonStringCutter} already cut to that length
	 * @param fileAccount the author of the objects that name none, empty when the file names no
	 * account either
	 */
	JsonPostObject(String source, int maxChars, String fileAccount) {
		this.source = source;
		this.maxChars = maxChars;
		this.fileAccount = fileAccount;
	}

	/**
	 * @param json a parser on the object's {@link JsonToken#START_OBJECT}; it is left on the
	 * object's end
	 * @param line the line the object starts on
	 */
	ArchiveEntry read(JsonParser json, long line) throws IOException {
		this.cut = false;
		Map<PostField, String> values = new EnumMap<>(PostField.class);
		List<String> categories = new ArrayList<>();
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			Optional<PostField> field = PostField.named(json.currentName());
			JsonToken value = json.nextToken();
			if (field.isEmpty()) {
				json.skipChildren();
			}
			else if (field.get() == PostField.CATEGORIES && value == JsonToken.VALUE_STRING) {
				categories.addAll(List.of(json.getText().split("[;,|]")));
			}
			else if (field.get() == PostField.CATEGORIES) {
				categories.addAll(strings(json, value));
			}
			else if (value == JsonToken.START_OBJECT) {
				values.putIfAbsent(field.get(), name(json));
			}
			else if (field.get() == PostField.AUTHOR && value == JsonToken.START_ARRAY) {
				values.putIfAbsent(field.get(), firstName(json));
			}
			else {
				values.putIfAbsent(field.get(), String.join("\n\n", strings(json, value)));
			}
		}
		String author = values.containsKey(PostField.AUTHOR) ? values.get(PostField.AUTHOR) : this.fileAccount;
		return PostAssembler.assemble(this.source, line, values.get(PostField.TITLE), author,
				values.get(PostField.DATE), TextFiles.body(values.get(PostField.TEXT)), categories);
	}

	/** @return whether the last object read had a field of several strings cut */
	boolean cut() {
		return this.cut;
	}

	private List<String> strings(JsonParser json, JsonToken value) throws IOException {
		List<String> strings = new ArrayList<>();
		if (value == JsonToken.START_ARRAY) {
			long length = 0;
			for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
				if (item.isScalarValue() && item != JsonToken.VALUE_NULL && length < this.maxChars) {
					String text = json.getText();
					strings.add(text);
					length += text.length();
				}
				else if (item.isScalarValue() && item != JsonToken.VALUE_NULL) {
					this.cut = true;
				}
				else {
					json.skipChildren();
				}
			}
		}
		else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
			strings.add(json.getText());
		}
		else {
			json.skipChildren();
		}
		return strings;
	}

	// {"authors": [{"name": "…"}, …]} as JSON Feed 1.1 writes it, or ["…", …]: the first name
	static String firstName(JsonParser json) throws IOException {
		String first = null;
		for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
			String name = null;
			if (item == JsonToken.START_OBJECT) {
				name = name(json);
			}
			else if (item == JsonToken.VALUE_STRING) {
				name = json.getText();
			}
			else {
				json.skipChildren();
			}
			if (first == null && name != null && !name.isBlank()) {
				first = name;
			}
		}
		return first;
	}

	// {"author": {"name": "…"}} as JSON Feed and some exporters write it
	static String name(JsonParser json) throws IOException {
		String name = null;
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String field = json.currentName();
			JsonToken value = json.nextToken();
			if ((field.equals("name") || field.equals("display_name")) && value == JsonToken.VALUE_STRING
					&& name == null) {
				name = json.getText();
			}
			else {
				json.skipChildren();
			}
		}
		return name;
	}


	/** See {@link TabularArchives#isPostsJson}: the first object's field names, read from the head of the file. */
	static boolean startsWithPosts(byte[] head) {
		// decoded leniently: a stray byte of another encoding is no reason to refuse the file
		try (JsonParser json = HEAD_FACTORY.createParser(new String(head, StandardCharsets.UTF_8))) {
			JsonToken first = json.nextToken();
			if (first == JsonToken.START_ARRAY) {
				JsonToken element = json.nextToken();
				if (element == JsonToken.END_ARRAY) {
					return true;
				}
				if (element != JsonToken.START_OBJECT) {
					return false;
				}
			}
			else if (first != JsonToken.START_OBJECT) {
				return false;
			}
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				if (PostField.named(json.currentName()).isPresent()) {
					return true;
				}
				json.nextToken();
				json.skipChildren();
			}
			return false;
		}
		catch (IOException ex) {
			// the head ends inside a first value longer than it: the file's reading will tell
			return true;
		}
	}

}
