package org.socialreports.ingest;

/**
 * Tells binary files (images, archives, office documents dropped in the input folder) from
 * text, so that they become one reject instead of thousands of garbage lines.
 */
final class BinaryContent {

	// Text dumps have next to no control characters; images and archives have many.
	private static final double MAX_CONTROL_SHARE = 0.05;

	private BinaryContent() {
	}

	/**
	 * @param head the first bytes of a file in a single-byte or UTF-8 encoding
	 * @param offset where the content starts, after any byte order mark
	 */
	static boolean looksBinary(byte[] head, int offset) {
		int controls = 0;
		for (int i = offset; i < head.length; i++) {
			int b = head[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (isControl(b)) {
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

}
