package org.socialreports.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTests {

	@ParameterizedTest
	@ValueSource(strings = { "\n", "\r\n", "\r" })
	void splitsOnEveryLineEnd(String lineEnd) throws IOException {
		assertThat(texts("a" + lineEnd + lineEnd + "b" + lineEnd, 100)).containsExactly("a", "", "b");
	}

	@Test
	void lastLineWithoutLineEnd() throws IOException {
		assertThat(texts("a\nb", 100)).containsExactly("a", "b");
	}

	@Test
	void emptyText() throws IOException {
		assertThat(texts("", 100)).isEmpty();
	}

	@Test
	void mixedLineEnds() throws IOException {
		assertThat(texts("a\r\nb\rc\n\r\nd", 100)).containsExactly("a", "b", "c", "", "d");
	}

	@Test
	void crlfSplitAcrossTheBuffer() throws IOException {
		String first = "x".repeat(8191);

		assertThat(texts(first + "\r\nb\r", 10_000)).containsExactly(first, "b");
	}

	@Test
	void longLineIsCutButMeasured() throws IOException {
		try (LineReader reader = new LineReader(new StringReader("y".repeat(20_000) + "\nshort"), 10)) {
			assertThat(reader.readLine()).isEqualTo(new LineReader.Line(1, "y".repeat(10), 20_000));
			LineReader.Line second = reader.readLine();
			assertThat(second).isEqualTo(new LineReader.Line(2, "short", 5));
			assertThat(second.truncated()).isFalse();
			assertThat(reader.readLine()).isNull();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 8190, 8191, 8192, 8193, 16_383, 16_384, 16_385, 20_000 })
	void linesAroundTheEndOfTheBufferAreWhole(int firstLength) throws IOException {
		String first = "é".repeat(firstLength);

		assertThat(texts(first + "\nsecond\n" + first, 100_000)).containsExactly(first, "second", first);
	}

	@Test
	void lineWithinTheBufferIsCutButMeasured() throws IOException {
		try (LineReader reader = new LineReader(new StringReader("abcdef\nxy"), 3)) {
			assertThat(reader.readLine()).isEqualTo(new LineReader.Line(1, "abc", 6));
			assertThat(reader.readLine()).isEqualTo(new LineReader.Line(2, "xy", 2));
			assertThat(reader.readLine()).isNull();
		}
	}

	private static List<String> texts(String text, int maxChars) throws IOException {
		List<String> lines = new ArrayList<>();
		try (LineReader reader = new LineReader(new StringReader(text), maxChars)) {
			long expected = 1;
			for (LineReader.Line line = reader.readLine(); line != null; line = reader.readLine()) {
				assertThat(line.number()).isEqualTo(expected++);
				lines.add(line.text());
			}
		}
		return lines;
	}

}
