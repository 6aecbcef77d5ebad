package org.socialreports.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class BinaryContentTests {

	static Stream<Arguments> binaryFiles() throws IOException {
		return Stream.of(Arguments.of("png", image("png")), Arguments.of("jpeg", image("jpeg")),
				Arguments.of("gif", image("gif")), Arguments.of("docx (a zip)", zip()),
				Arguments.of("gzip", gzip("title,author,date,text\n".repeat(1000))),
				Arguments.of("xls (OLE2)", ole2()),
				Arguments.of("pdf", ascii("%PDF-1.4\n%\u00E2\u00E3\n1 0 obj << /Type /Catalog >> endobj\n")),
				Arguments.of("random bytes", random(4096)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("binaryFiles")
	void binaryFilesAreBinary(String what, byte[] head) {
		assertThat(BinaryContent.looksBinary(head, 0)).isTrue();
	}

	static Stream<Arguments> textFiles() {
		String posts = "Un titre\nDu texte, assez pour un vrai billet.\nUn titre was last modified: mars 20th, 2009 by moi\n"
			.repeat(300);
		return Stream.of(Arguments.of("a NUL in a post", posts.substring(0, 5000) + "\0" + posts.substring(5000)),
				Arguments.of("NULs and controls here and there",
						posts.replace("texte,", "texte\0,").replace("assez", "\u0001assez").substring(0, 20_000)),
				Arguments.of("a short CSV with a NUL", "title,author,date,text\nT\0,A,2009-03-20,Texte\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("textFiles")
	void fewControlCharactersLeaveTextText(String what, String text) {
		assertThat(BinaryContent.looksBinary(text.getBytes(StandardCharsets.UTF_8), 0)).isFalse();
	}

	private static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document>Bonjour</w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	// The header of a compound document as Excel 97-2003 writes it, then its sector table.
	private static byte[] ole2() {
		byte[] bytes = new byte[512];
		int[] signature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
		for (int i = 0; i < signature.length; i++) {
			bytes[i] = (byte) signature[i];
		}
		return bytes;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		SplittableRandom random = new SplittableRandom(15);
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) random.nextInt(256);
		}
		return bytes;
	}

}
