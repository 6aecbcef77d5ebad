package org.socialreports.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MixedEncodingReaderTests {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String FRENCH = "Hervé Kabla : « l’été », 5 € – ŒUVRE, naïve… façade\n";

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void eachPartReadsInItsOwnEncodingWhicheverTheFileStartsIn(boolean utf8First) throws IOException {
		byte[] bytes = concat(FRENCH.getBytes(StandardCharsets.UTF_8), FRENCH.getBytes(WINDOWS_1252),
				FRENCH.getBytes(StandardCharsets.UTF_8));

		assertThat(read(bytes, utf8First, 8192)).isEqualTo(FRENCH.repeat(3));
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void sequencesCutByTheBufferOrBySmallReadsAreWhole(boolean utf8First) throws IOException {
		String text = "é’😀".repeat(5000) + "\n";
		byte[] bytes = concat(text.getBytes(StandardCharsets.UTF_8), "é".getBytes(WINDOWS_1252));

		for (int chunk : new int[] { 1, 2, 3, 7, 8192 }) {
			assertThat(read(bytes, utf8First, chunk)).as("read %d chars at a time", chunk).isEqualTo(text + "é");
		}
	}

	@Test
	void windows1252FileKeepsItsCapitalsBeforePunctuation() throws IOException {
		// as UTF-8, "É…" and "É\u00A0" would be U+0245 and U+0260
		String text = "CAFÉ… ÉTÉ\u00A0! « À BIENTÔT\u00A0» ÇA\n";

		assertThat(read(text.getBytes(WINDOWS_1252), false, 8192)).isEqualTo(text);
	}

	@Test
	void utf8FileKeepsEveryScript() throws IOException {
		String text = "Ʌ ɠ Ελλάδα Россия 東京 😀\n";

		assertThat(read(concat(text.getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xE9 }), true, 8192))
			.isEqualTo(text + "é");
	}

	@Test
	void bytesThatWindows1252LeavesUndefinedAreC1Controls() throws IOException {
		byte[] bytes = { 'a', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, 'b' };

		assertThat(read(bytes, true, 8192)).isEqualTo("a\u0081\u008D\u008F\u0090\u009Db");
		assertThat(read(bytes, false, 8192)).isEqualTo("a\u0081\u008D\u008F\u0090\u009Db");
	}

	@Test
	void sequenceCutByTheEndOfTheFileIsWindows1252() throws IOException {
		byte[] bytes = { 'a', (byte) 0xE2, (byte) 0x80 };

		assertThat(read(bytes, true, 8192)).isEqualTo("aâ€");
		assertThat(read(bytes, false, 8192)).isEqualTo("aâ€");
	}

	private static String read(byte[] bytes, boolean utf8First, int chunk) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Reader reader = new MixedEncodingReader(new ByteArrayInputStream(bytes), utf8First)) {
			char[] buffer = new char[chunk];
			for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
				text.append(buffer, 0, read);
			}
		}
		return text.toString();
	}

	private static byte[] concat(byte[]... parts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.write(part);
		}
		return out.toByteArray();
	}

}
