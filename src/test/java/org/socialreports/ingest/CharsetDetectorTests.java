package org.socialreports.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetDetectorTests {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@Test
	void utf8ByteOrderMark() {
		byte[] bytes = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a' };

		assertThat(CharsetDetector.detect(bytes, true))
			.isEqualTo(new CharsetDetector.Detection(StandardCharsets.UTF_8, 3));
	}

	@Test
	void utf16ByteOrderMarks() {
		assertThat(CharsetDetector.detect(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }, true))
			.isEqualTo(new CharsetDetector.Detection(StandardCharsets.UTF_16LE, 2));
		assertThat(CharsetDetector.detect(new byte[] { (byte) 0xFE, (byte) 0xFF, 0, 'a' }, true))
			.isEqualTo(new CharsetDetector.Detection(StandardCharsets.UTF_16BE, 2));
	}

	@Test
	void asciiIsUtf8() {
		assertThat(detect("plain text\n".getBytes(StandardCharsets.US_ASCII), true)).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void utf8WithoutByteOrderMark() {
		assertThat(detect("réseaux sociaux – l’heure 🚀".getBytes(StandardCharsets.UTF_8), true))
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void windows1252() {
		assertThat(detect("réseaux sociaux – l’heure".getBytes(WINDOWS_1252), true)).isEqualTo(WINDOWS_1252);
	}

	@Test
	void multibyteCharacterCutBySampleEndIsStillUtf8() {
		byte[] e = "é".getBytes(StandardCharsets.UTF_8);
		byte[] sample = Arrays.copyOf("é".repeat(10).getBytes(StandardCharsets.UTF_8), 21);
		sample[20] = e[0];

		assertThat(detect(sample, false)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(detect(new byte[] { 'a', (byte) 0xE2, (byte) 0x80 }, false)).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void multibyteCharacterCutByFileEndIsAnError() {
		assertThat(detect(new byte[] { 'a', (byte) 0xE2, (byte) 0x80 }, true)).isEqualTo(WINDOWS_1252);
	}

	@Test
	void fewBadBytesAmongManyUtf8CharactersIsUtf8() {
		byte[] good = "Société Générale, été".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(good, good.length + 1);
		bytes[good.length] = (byte) 0xE9;

		assertThat(detect(bytes, true)).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void overlongAndSurrogateEncodingsAreNotUtf8() {
		assertThat(detect(new byte[] { (byte) 0xC0, (byte) 0xAF }, true)).isEqualTo(WINDOWS_1252);
		assertThat(detect(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, true)).isEqualTo(WINDOWS_1252);
	}

	private static Charset detect(byte[] bytes, boolean wholeFile) {
		CharsetDetector.Detection detection = CharsetDetector.detect(bytes, wholeFile);
		assertThat(detection.bomLength()).isZero();
		return detection.charset();
	}

}
