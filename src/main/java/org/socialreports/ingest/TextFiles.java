package org.socialreports.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Opens a text archive (CSV, JSON) in the encoding {@link CharsetDetector} finds, without its
 * byte order mark: spreadsheets on French Windows still save in Windows-1252, and a file may
 * mix it with UTF-8.
 */
public final class TextFiles {

	private TextFiles() {
	}

	public static Reader open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
		try {
			byte[] head = in.readNBytes(CharsetDetector.SAMPLE_BYTES);
			CharsetDetector.Detection detection = CharsetDetector.detect(head,
					head.length < CharsetDetector.SAMPLE_BYTES);
			InputStream content = new SequenceInputStream(
					new ByteArrayInputStream(head, detection.bomLength(), head.length - detection.bomLength()), in);
			return new BufferedReader(decoder(content, detection));
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * Decodes a file's content, after its byte order mark: UTF-16 as such, anything else as
	 * UTF-8 and Windows-1252 mixed ({@link MixedEncodingReader}), so that a paste in the other
	 * encoding, before or after the first 64 KB, reads right.
	 */
	public static Reader decoder(InputStream content, CharsetDetector.Detection detection) {
		if (detection.isUtf16()) {
			return new InputStreamReader(content, detection.charset()
				.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE));
		}
		return new MixedEncodingReader(content, detection.charset().equals(StandardCharsets.UTF_8));
	}

	/** Decodes bytes held in memory as {@link #decoder} does. */
	public static String decode(byte[] bytes, int offset, int length, CharsetDetector.Detection detection) {
		if (detection.isUtf16()) {
			return new String(bytes, offset, length, detection.charset());
		}
		return MixedEncodingReader.decode(bytes, offset, length, detection.charset().equals(StandardCharsets.UTF_8));
	}

	/** A body as written: HTML turned into text, plain text with its line ends made LF. */
	public static String body(String value) {
		if (value == null) {
			return "";
		}
		return HtmlText.looksLikeHtml(value) ? HtmlText.of(value) : value.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

}
