package org.socialreports.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;

/**
 * The CSV dialect of the output contract: UTF-8 without BOM, comma separated, quoted only when
 * needed, LF line ends, so that every tool on the machines that read them agrees; text that
 * cannot become a formula in a spreadsheet ({@link SafeCsvPrinter}).
 */
final class CsvFiles {

	private CsvFiles() {
	}

	static SafeCsvPrinter create(Path target, String... header) throws IOException {
		Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
		return new SafeCsvPrinter(
				CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(header).get().print(writer));
	}

}
