package org.socialreports.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a file that is UTF-8, Windows-1252, or both: a UTF-8 export with a paste from a
 * Windows tool in it, or an old Windows-1252 file that a UTF-8 tool appended to. Each byte
 * sequence is read for what it is, wherever it is, so that a name written both ways reads the
 * same ({@code Hervé}, never {@code Herv\uFFFD}) and no guess made from the file's first bytes
 * decides how its end reads.
 * <p>
 * A file that starts as UTF-8 ({@code utf8First}) is decoded by the JDK's UTF-8 decoder; each
 * byte that is not part of a valid UTF-8 sequence is a Windows-1252 character instead of
 * U+FFFD. A file that starts as Windows-1252 is read byte by byte as Windows-1252, but for the
 * valid UTF-8 sequences of characters that file could hold (U+00A0 to U+017F, the typographic
 * quotes, dashes, ellipsis, euro sign and the other Windows-1252 characters) and of characters
 * beyond U+FFFF (emoji): as Windows-1252 text those would be two or three accented capitals and
 * symbols in a row, which French text never has, whereas an accented capital followed by an
 * ellipsis or a no-break space ({@code CAFÉ…}) is also a valid UTF-8 sequence of another
 * script. The five bytes Windows-1252 leaves undefined become the C1 controls of the same
 * value, as browsers read them.
 */
public final class MixedEncodingReader extends Reader {

	private static final char[] WINDOWS_1252 = windows1252();

	private static final int BUFFER_BYTES = 8192;

	private final InputStream in;

	private final boolean utf8First;

	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();

	// a read of one char that found a surrogate pair keeps its second half here
	private int pendingLowSurrogate = -1;

	private boolean endOfInput;

	/**
	 * @param in the bytes, after any byte order mark
	 * @param utf8First whether the file starts as UTF-8 ({@link CharsetDetector}), which decides
	 * the sequences that read both ways
	 */
	public MixedEncodingReader(InputStream in, boolean utf8First) {
		this.in = in;
		this.utf8First = utf8First;
	}

	/** Decodes bytes held in memory, such as the head of a file. */
	public static String decode(byte[] bytes, int offset, int length, boolean utf8First) {
		try (MixedEncodingReader reader = new MixedEncodingReader(
				new java.io.ByteArrayInputStream(bytes, offset, length), utf8First)) {
			StringBuilder text = new StringBuilder(length);
			char[] buffer = new char[Math.max(2, Math.min(length, BUFFER_BYTES))];
			for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
				text.append(buffer, 0, read);
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("bytes in memory are always readable", ex);
		}
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		Objects.checkFromIndexSize(offset, length, buffer.length);
		if (length == 0) {
			return 0;
		}
		if (this.pendingLowSurrogate >= 0) {
			buffer[offset] = (char) this.pendingLowSurrogate;
			this.pendingLowSurrogate = -1;
			return 1;
		}
		if (length == 1) {
			// a character beyond U+FFFF needs two chars: decode into room for both
			char[] pair = new char[2];
			int read = read(pair, 0, 2);
			if (read == 2) {
				this.pendingLowSurrogate = pair[1];
			}
			if (read > 0) {
				buffer[offset] = pair[0];
				return 1;
			}
			return read;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (true) {
			if (this.utf8First) {
				decodeUtf8First(out);
			}
			else {
				decodeWindows1252First(out);
			}
			int decoded = out.position() - offset;
			if (decoded > 0) {
				return decoded;
			}
			if (this.endOfInput) {
				return -1;
			}
			// nothing left to decode but, at most, the first bytes of a sequence
			fill();
		}
	}

	private void decodeUtf8First(CharBuffer out) throws CharacterCodingException {
		while (out.hasRemaining()) {
			CoderResult result = this.utf8.decode(this.bytes, out, this.endOfInput);
			if (result.isUnderflow() || result.isOverflow()) {
				return;
			}
			if (!result.isMalformed()) {
				result.throwException();
			}
			// a malformed UTF-8 run after its first byte holds continuation bytes only, each of
			// which is malformed on its own: the bytes left for lack of room read the same later
			for (int i = 0; i < result.length() && out.hasRemaining(); i++) {
				out.put(WINDOWS_1252[this.bytes.get() & 0xFF]);
			}
		}
	}

	private void decodeWindows1252First(CharBuffer out) {
		byte[] in = this.bytes.array();
		int at = this.bytes.position();
		int end = this.bytes.limit();
		char[] chars = out.array();
		int to = out.arrayOffset() + out.position();
		int room = out.arrayOffset() + out.limit();
		while (at < end && to < room) {
			int lead = in[at] & 0xFF;
			if (lead < 0x80) {
				chars[to++] = (char) lead;
				at++;
				continue;
			}
			int length = utf8Length(lead);
			if (length > 1 && at + length > end && !this.endOfInput) {
				// the rest of a sequence may come with the next bytes
				break;
			}
			int codePoint = (length > 1 && at + length <= end) ? codePoint(in, at, length) : -1;
			if (codePoint < 0 || !readsAsUtf8(codePoint, length)) {
				chars[to++] = WINDOWS_1252[lead];
				at++;
			}
			else if (Character.isBmpCodePoint(codePoint)) {
				chars[to++] = (char) codePoint;
				at += length;
			}
			else if (room - to >= 2) {
				chars[to++] = Character.highSurrogate(codePoint);
				chars[to++] = Character.lowSurrogate(codePoint);
				at += length;
			}
			else {
				break;
			}
		}
		this.bytes.position(at);
		out.position(to - out.arrayOffset());
	}

	private static int utf8Length(int lead) {
		if (lead >= 0xC2 && lead <= 0xDF) {
			return 2;
		}
		if (lead >= 0xE0 && lead <= 0xEF) {
			return 3;
		}
		return (lead >= 0xF0 && lead <= 0xF4) ? 4 : 1;
	}

	/** @return the code point of a well-formed sequence (no overlong form, no surrogate), or -1 */
	private static int codePoint(byte[] in, int at, int length) {
		int lead = in[at] & 0xFF;
		int codePoint = lead & (0xFF >> (length + 1));
		for (int i = 1; i < length; i++) {
			int b = in[at + i] & 0xFF;
			if ((b & 0xC0) != 0x80) {
				return -1;
			}
			codePoint = (codePoint << 6) | (b & 0x3F);
		}
		boolean shortest = (length == 2) || (length == 3 && codePoint >= 0x800) || (length == 4 && codePoint >= 0x10000);
		boolean valid = shortest && codePoint <= 0x10FFFF && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
		return valid ? codePoint : -1;
	}

	private static boolean readsAsUtf8(int codePoint, int length) {
		if (length == 4) {
			return true;
		}
		if (codePoint >= 0xA0 && codePoint <= 0x17F) {
			return true;
		}
		for (int b = 0x80; b < 0xA0; b++) {
			if (WINDOWS_1252[b] == codePoint) {
				return true;
			}
		}
		return false;
	}

	private void fill() throws IOException {
		this.bytes.compact();
		try {
			int read = this.in.read(this.bytes.array(), this.bytes.arrayOffset() + this.bytes.position(),
					this.bytes.remaining());
			if (read < 0) {
				this.endOfInput = true;
			}
			else {
				this.bytes.position(this.bytes.position() + read);
			}
		}
		finally {
			this.bytes.flip();
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	private static char[] windows1252() {
		char[] table = new char[256];
		byte[] all = new byte[256];
		for (int b = 0; b < 256; b++) {
			all[b] = (byte) b;
		}
		String decoded = new String(all, CharsetDetector.WINDOWS_1252);
		for (int b = 0; b < 256; b++) {
			char c = decoded.charAt(b);
			table[b] = (c == '\uFFFD') ? (char) b : c;
		}
		return table;
	}

}
