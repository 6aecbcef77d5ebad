package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.io.StringReader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JsonStringCutterTests {

	private static final int LIMIT = JsonStringCutter.MIN_STRING_CHARS;

	// an escaped quote, a Unicode escape, an escaped backslash and a surrogate pair, each of which
	// the limit falls into for one of the shifts
	private static final String ESCAPES = "\\\"\\u00e9\\\\😀x";

	@ParameterizedTest(name = "shifted by {0}")
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })
	void cutNeverSplitsAnEscapeOrASurrogatePair(int shift) throws IOException {
		String value = "s".repeat(shift) + ESCAPES.repeat(LIMIT / ESCAPES.length() + 1);
		String json = "[{\"a\": \"" + value + "\", \"b\": \"[\\\"après\\\"]\"}, \"" + value + "\"]";

		JsonStringCutter cutter = new JsonStringCutter(new StringReader(json), LIMIT, false);
		try (JsonParser parser = JsonPostObject.FACTORY.createParser(cutter)) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
			assertThat(parser.nextFieldName()).isEqualTo("a");
			assertThat(parser.nextTextValue()).satisfies((text) -> {
				assertThat(value).startsWith(text.substring(0, shift));
				assertThat(Character.isHighSurrogate(text.charAt(text.length() - 1))).isFalse();
			});
			assertThat(parser.nextFieldName()).isEqualTo("b");
			assertThat(parser.nextTextValue()).isEqualTo("[\"après\"]");
			assertThat(parser.nextToken()).isEqualTo(JsonToken.END_OBJECT);
			assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
			assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
		}
		assertThat(cutter.cuts()).isEqualTo(2);
	}

	@ParameterizedTest(name = "line ends in strings end them: {0}")
	@ValueSource(booleans = { false, true })
	void lineEndInAStringEndsItInJsonLinesOnly(boolean jsonLines) throws IOException {
		String unclosed = "{\"a\": \"pas fini\n";
		String after = "{\"b\": \"" + "x".repeat(2 * LIMIT) + "\"}\n";

		JsonStringCutter cutter = new JsonStringCutter(new StringReader(unclosed + after), LIMIT, jsonLines);
		StringBuilder read = new StringBuilder();
		char[] buffer = new char[1000];
		for (int n = cutter.read(buffer); n >= 0; n = cutter.read(buffer)) {
			read.append(buffer, 0, n);
		}

		// read inside out, the long string is outside a string and no string is cut
		assertThat(read.toString()).isEqualTo(jsonLines
				? unclosed + "{\"b\": \"" + "x".repeat(LIMIT) + "\"}\n" : unclosed + after);
		assertThat(cutter.cuts()).isEqualTo(jsonLines ? 1 : 0);
	}

}
