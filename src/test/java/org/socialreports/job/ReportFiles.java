package org.socialreports.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads what a run wrote, as the people and programs that open it do.
 */
final class ReportFiles {

	private ReportFiles() {
	}

	/** The records of a CSV file of the output contract, by the names of its header. */
	static List<CSVRecord> records(Path csv) throws IOException {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	/** The text a reader of the file could see: raw bytes, the entries of a zip (xlsx), a PDF's text. */
	static String textOf(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
		String name = file.getFileName().toString();
		if (name.endsWith(".xlsx") || name.endsWith(".zip")) {
			// the central directory, as spreadsheet programs read it: streamed entries carry no sizes up front
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		if (name.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				text.append(new PDFTextStripper().getText(pdf));
			}
		}
		return text.toString();
	}

	/** The number of pages of a PDF. */
	static int pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

}
