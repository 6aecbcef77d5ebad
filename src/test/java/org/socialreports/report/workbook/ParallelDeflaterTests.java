package org.socialreports.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelDeflaterTests {

	private final ExecutorService threads = ParallelDeflater.threads(2);

	@TempDir
	Path folder;

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	/** Empty, less than a block, exactly two blocks, and blocks with a remainder. */
	@ParameterizedTest
	@ValueSource(ints = { 0, 1000, 2 * ParallelDeflater.BLOCK_SIZE, 2 * ParallelDeflater.BLOCK_SIZE + 12_345 })
	void blocksDeflatedApartInflateAsOneStream(int length) throws Exception {
		byte[] data = rows(length);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		ParallelDeflater deflater = new ParallelDeflater(compressed, Deflater.BEST_SPEED, this.threads, 2);
		// in uneven writes, as POI gives them
		for (int offset = 0; offset < data.length; offset += 70_001) {
			deflater.write(data, offset, Math.min(70_001, data.length - offset));
		}
		deflater.close();

		assertThat(inflate(compressed.toByteArray(), length)).isEqualTo(data);
		CRC32 crc = new CRC32();
		crc.update(data);
		assertThat(deflater.crc()).isEqualTo(crc.getValue());
		assertThat(deflater.size()).isEqualTo(length);
		assertThat(deflater.compressedSize()).isEqualTo(compressed.size());
		if (length > ParallelDeflater.BLOCK_SIZE) {
			// primed with the block before, the blocks compress as well as one stream would, near enough
			assertThat((double) compressed.size()).isLessThan(1.05 * deflatedInOne(data));
		}
	}

	@Test
	void aZipKeepsItsWorksheetsDeflatedOnEveryCoreAndItsOtherEntriesAsTheyCome() throws IOException {
		TempFile.setThreadLocalTempFileCreationStrategy(new DefaultTempFileCreationStrategy(this.folder.toFile()));
		byte[] sheet = rows(ParallelDeflater.BLOCK_SIZE + 500_000);
		byte[] styles = "<styleSheet/>".getBytes(StandardCharsets.UTF_8);
		Path zip = this.folder.resolve("book.zip");
		try (OutputStream file = Files.newOutputStream(zip);
				ParallelDeflatingZip archive = new ParallelDeflatingZip(file, Deflater.BEST_SPEED, 2)) {
			for (String name : new String[] { "xl/styles.xml", "xl/worksheets/sheet1.xml" }) {
				archive.putArchiveEntry(new ZipArchiveEntry(name));
				archive.write(name.contains("worksheets") ? sheet : styles);
				archive.closeArchiveEntry();
			}
			archive.finish();
		}
		finally {
			TempFile.setThreadLocalTempFileCreationStrategy(null);
		}

		try (ZipFile read = new ZipFile(zip.toFile())) {
			ZipEntry worksheet = read.getEntry("xl/worksheets/sheet1.xml");
			assertThat(worksheet.getMethod()).isEqualTo(ZipEntry.DEFLATED);
			assertThat(worksheet.getSize()).isEqualTo(sheet.length);
			try (InputStream in = read.getInputStream(worksheet)) {
				assertThat(in.readAllBytes()).isEqualTo(sheet);
			}
			try (InputStream in = read.getInputStream(read.getEntry("xl/styles.xml"))) {
				assertThat(in.readAllBytes()).isEqualTo(styles);
			}
		}
		assertThat(this.folder).isDirectoryNotContaining("glob:**.deflate");
	}

	/** Rows of a sheet, alike but never quite the same, as the Posts sheet's. */
	private static byte[] rows(int length) {
		Random random = new Random(2009);
		StringBuilder text = new StringBuilder(length + 200);
		for (int row = 2; text.length() < length; row++) {
			text.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"n\"><v>")
				.append(39_448 + random.nextInt(2_000)).append("</v></c><c r=\"C").append(row)
				.append("\" t=\"inlineStr\"><is><t>Billet ").append(random.nextInt()).append("</t></is></c></row>\n");
		}
		return text.substring(0, length).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] inflate(byte[] compressed, int length) throws DataFormatException {
		Inflater inflater = new Inflater(true);
		inflater.setInput(compressed);
		byte[] data = new byte[length + 1];
		int inflated = 0;
		while (!inflater.finished()) {
			int count = inflater.inflate(data, inflated, data.length - inflated);
			assertThat(count > 0 || inflater.finished()).as("the stream ends, with nothing more after it").isTrue();
			inflated += count;
		}
		assertThat(inflater.getRemaining()).isZero();
		inflater.end();
		return java.util.Arrays.copyOf(data, inflated);
	}

	private static int deflatedInOne(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
		deflater.setInput(data);
		deflater.finish();
		byte[] buffer = new byte[1 << 16];
		int size = 0;
		while (!deflater.finished()) {
			size += deflater.deflate(buffer);
		}
		deflater.end();
		return size;
	}

}
