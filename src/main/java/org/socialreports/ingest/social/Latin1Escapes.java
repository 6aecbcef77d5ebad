package org.socialreports.ingest.social;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the text of Facebook's and Instagram's exports, which write each byte of the UTF-8
 * text as a character of its own: {@code é}, the bytes C3 A9, becomes {@code Ã©}, and {@code ’}
 * three characters. A string is repaired only when it can be such text: all its characters fit
 * in a byte and, read as bytes, form valid UTF-8; any other string is kept as it is.
 */
final class Latin1Escapes {

	private Latin1Escapes() {
	}

	static String repair(String text) {
		boolean beyondAscii = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xFF) {
				return text;
			}
			beyondAscii |= c >= 0x80;
		}
		if (!beyondAscii) {
			return text;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// real Latin-1 text ("café" written as such): nothing to repair
			return text;
		}
	}

}
