package org.socialreports.ingest.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordGuardTests {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	// Well-formed files, with what Commons CSV accepts besides RFC 4180: blanks after a closing
	// quote, a lone CR, blank lines, a last record without a line end.
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void wellFormedFileReadsAsCommonsCsvReadsIt(long seed) throws IOException {
		String csv = randomCsv(new SplittableRandom(seed), false);
		List<List<String>> direct = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
			long line = 1;
			for (CSVRecord record : parser) {
				direct.add(record.toList());
				lines.add(line);
				line = parser.getCurrentLineNumber() + 1;
			}
		}

		CsvRecordGuard guard = guard(csv, 1 << 20);
		List<List<String>> guarded = new ArrayList<>();
		try (CSVParser parser = FORMAT.parse(guard)) {
			parser.forEach((record) -> guarded.add(record.toList()));
		}

		assertThat(guarded).isEqualTo(direct);
		assertThat(guard.events()).allMatch(CsvRecordGuard.Kept.class::isInstance)
			.extracting(CsvRecordGuard.Event::line)
			.isEqualTo(lines);
	}

	// Stray quotes anywhere: Commons CSV never fails on what the guard lets through, and each
	// record it reads has its event.
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void brokenFileNeverFailsCommonsCsv(long seed) throws IOException {
		String csv = randomCsv(new SplittableRandom(seed), true);

		CsvRecordGuard guard = guard(csv, 50);
		int records = 0;
		try (CSVParser parser = FORMAT.parse(guard)) {
			for (CSVRecord record : parser) {
				assertThat(record.toList()).allMatch((value) -> value.length() <= 50 + 1);
				records++;
			}
		}

		assertThat(guard.events()).filteredOn(CsvRecordGuard.Kept.class::isInstance).hasSize(records);
		assertThat(guard.events()).filteredOn(CsvRecordGuard.Broken.class::isInstance).isNotEmpty();
		assertThat(guard.events()).extracting(CsvRecordGuard.Event::line).isSorted();
	}

	private static CsvRecordGuard guard(String csv, int maxFieldChars) {
		return new CsvRecordGuard(new StringReader(csv), () -> new StringReader(csv), ',', maxFieldChars);
	}

	private static String randomCsv(SplittableRandom random, boolean strayQuotes) {
		String[] pieces = { "mot", "deux mots", "é", "😀", ",", "\"", "\n", "\r\n", "\r", " ", "\t", "x".repeat(80) };
		StringBuilder csv = new StringBuilder("a,b,c,d\r\n");
		for (int record = 0; record < 2000; record++) {
			if (random.nextInt(50) == 0) {
				csv.append(random.nextBoolean() ? "\n" : "\r\n");
				continue;
			}
			for (int field = 0; field < 4; field++) {
				if (field > 0) {
					csv.append(',');
				}
				StringBuilder value = new StringBuilder();
				for (int i = random.nextInt(6); i > 0; i--) {
					value.append(pieces[random.nextInt(pieces.length)]);
				}
				boolean quoted = random.nextInt(3) == 0 || value.indexOf(",") >= 0 || value.indexOf("\"") >= 0
						|| value.indexOf("\r") >= 0 || value.indexOf("\n") >= 0;
				if (strayQuotes && random.nextInt(40) == 0) {
					csv.append(random.nextBoolean() ? "\"" + value : "\"" + value.toString().replace("\"", "\"\"") + "\"x");
				}
				else if (quoted) {
					csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
					if (random.nextInt(10) == 0) {
						csv.append("  ");
					}
				}
				else {
					csv.append(value.toString().strip().replace("\r", "").replace("\n", ""));
				}
			}
			if (record < 1999 || random.nextBoolean()) {
				csv.append(new String[] { "\n", "\r\n", "\r" }[random.nextInt(3)]);
			}
		}
		return csv.toString();
	}

}
