package org.socialreports.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of an archive from its first bytes: a byte order mark wins, then UTF-8
 * when the sample is UTF-8, otherwise Windows-1252 (what French Windows tools write, and a
 * superset of Latin-1 for printable text). But for UTF-16, the guess only says which of the
 * two a file starts in: {@link MixedEncodingReader} reads each byte sequence for what it is,
 * and the guess decides only the sequences that read both ways.
 */
public final class CharsetDetector {

	/** How many leading bytes to look at. */
	public static final int SAMPLE_BYTES = 64 * 1024;

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * @param charset the charset to decode the file with
	 * @param bomLength how many leading bytes are a byte order mark, to skip
	 */
	public record Detection(Charset charset, int bomLength) {

		public boolean isUtf16() {
			return this.charset.equals(StandardCharsets.UTF_16LE) || this.charset.equals(StandardCharsets.UTF_16BE);
		}

	}

	private CharsetDetector() {
	}

	/**
	 * @param head the first bytes of the file
	 * @param wholeFile whether {@code head} is the whole file, so that a multibyte sequence
	 * cut at its end is an error rather than the sample's limit
	 */
	public static Detection detect(byte[] head, boolean wholeFile) {
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return new Detection(StandardCharsets.UTF_8, 3);
		}
		if (startsWith(head, 0xFF, 0xFE)) {
			return new Detection(StandardCharsets.UTF_16LE, 2);
		}
		if (startsWith(head, 0xFE, 0xFF)) {
			return new Detection(StandardCharsets.UTF_16BE, 2);
		}
		Utf8Evidence evidence = Utf8Evidence.of(head, wholeFile);
		// A few bad bytes among many good multibyte characters is a UTF-8 file with a
		// Windows-1252 paste in it: decoding it all as Windows-1252 would garble every accent.
		boolean utf8 = evidence.invalid() == 0 || evidence.multibyte() > evidence.invalid();
		return new Detection(utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Counts well-formed multibyte UTF-8 sequences and ill-formed ones, with the same
	 * strictness as the JDK decoder (no overlong forms, no surrogates, nothing above
	 * U+10FFFF).
	 */
	public record Utf8Evidence(int multibyte, int invalid) {

		static Utf8Evidence of(byte[] bytes, boolean wholeFile) {
			int multibyte = 0;
			int invalid = 0;
			int i = 0;
			while (i < bytes.length) {
				int lead = bytes[i] & 0xFF;
				if (lead < 0x80) {
					i++;
					continue;
				}
				int trailing = trailingBytes(lead);
				if (trailing == 0) {
					invalid++;
					i++;
					continue;
				}
				int valid = 0;
				while (valid < trailing && i + 1 + valid < bytes.length
						&& isTrailing(lead, valid, bytes[i + 1 + valid] & 0xFF)) {
					valid++;
				}
				if (valid == trailing) {
					multibyte++;
				}
				else if (i + 1 + valid == bytes.length && !wholeFile) {
					// Cut by the end of the sample, not by an error.
					break;
				}
				else {
					invalid++;
				}
				i += 1 + valid;
			}
			return new Utf8Evidence(multibyte, invalid);
		}

		private static int trailingBytes(int lead) {
			if (lead >= 0xC2 && lead <= 0xDF) {
				return 1;
			}
			if (lead >= 0xE0 && lead <= 0xEF) {
				return 2;
			}
			if (lead >= 0xF0 && lead <= 0xF4) {
				return 3;
			}
			return 0;
		}

		private static boolean isTrailing(int lead, int index, int b) {
			int low = 0x80;
			int high = 0xBF;
			if (index == 0) {
				switch (lead) {
					case 0xE0 -> low = 0xA0;
					case 0xED -> high = 0x9F;
					case 0xF0 -> low = 0x90;
					case 0xF4 -> high = 0x8F;
					default -> {
					}
				}
			}
			return b >= low && b <= high;
		}

	}

}
