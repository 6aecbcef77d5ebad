package org.socialreports.ingest;

/**
 * Tells binary files (images, archives, office documents dropped in the input folder) from
 * text, so that they become one reject instead of thousands of garbage lines.
 * <p>
 * A file is binary when it starts with the signature of a common binary format, or when more
 * than a twentieth of its first bytes are control characters. A stray NUL or control character
 * does not make a text file binary: a NUL pasted into one post would otherwise lose all the
 * others.
 */
public final class BinaryContent {

	// Text dumps have next to no control characters; images and archives have many.
	private static final double MAX_CONTROL_SHARE = 0.05;

	// The signatures of what people drop in a folder beside their exports. Formats whose
	// signature is text ("%PDF-", "GIF8", "SQLite format 3") have binary content right after it,
	// but a short or mostly textual head would not show it.
	private static final byte[][] SIGNATURES = { bytes(0x89, 'P', 'N', 'G'), bytes(0xFF, 0xD8, 0xFF),
			bytes('G', 'I', 'F', '8'), bytes('%', 'P', 'D', 'F', '-'), bytes('P', 'K', 0x03, 0x04),
			bytes('P', 'K', 0x05, 0x06), bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), bytes(0x1F, 0x8B),
			bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), bytes('R', 'a', 'r', '!', 0x1A, 0x07),
			bytes(0xFD, '7', 'z', 'X', 'Z', 0x00), bytes('I', 'I', '*', 0x00), bytes('M', 'M', 0x00, '*'),
			bytes('S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0x00),
			bytes(0x7F, 'E', 'L', 'F'), bytes(0xCA, 0xFE, 0xBA, 0xBE) };

	private BinaryContent() {
	}

	/**
	 * @param head the first bytes of a file in a single-byte or UTF-8 encoding
	 * @param offset where the content starts, after any byte order mark
	 */
	public static boolean looksBinary(byte[] head, int offset) {
		for (byte[] signature : SIGNATURES) {
			if (startsWith(head, offset, signature)) {
				return true;
			}
		}
		int controls = 0;
		for (int i = offset; i < head.length; i++) {
			if (isControl(head[i] & 0xFF)) {
				controls++;
			}
		}
		int length = head.length - offset;
		return length > 0 && controls > length * MAX_CONTROL_SHARE;
	}

	private static boolean isControl(int b) {
		boolean textControl = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B
				// DOS end-of-file marker, still found at the end of old text files
				|| b == 0x1A;
		return (b < 0x20 && !textControl) || b == 0x7F;
	}

	private static boolean startsWith(byte[] head, int offset, byte[] signature) {
		if (head.length - offset < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (head[offset + i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
