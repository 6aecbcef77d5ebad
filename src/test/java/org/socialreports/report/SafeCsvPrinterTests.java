package org.socialreports.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCsvPrinterTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource(delimiter = '#', quoteCharacter = '"', value = { "=cmd|' /C calc'!A0 # '=cmd|' /C calc'!A0",
			"+1+1 # '+1+1", "-2+3 # '-2+3", "@SUM(A1) # '@SUM(A1)", "Yann Gourvennec # Yann Gourvennec",
			"a=b # a=b", "'déjà cité # 'déjà cité" })
	void aCellThatWouldStartAFormulaIsPrefixedWithAQuote(String text, String written) {
		assertThat(SafeCsvPrinter.safe(text.strip())).isEqualTo(written.strip());
	}

	@Test
	void tabsAndCarriageReturnsAtTheStartArePrefixedToo() {
		assertThat(SafeCsvPrinter.safe("\t=1")).isEqualTo("'\t=1");
		assertThat(SafeCsvPrinter.safe("\r=1")).isEqualTo("'\r=1");
		assertThat(SafeCsvPrinter.safe("")).isEmpty();
	}

	@Test
	void everyTextCellOfAFileIsSafeAndNumbersStayNumbers() throws IOException {
		Path target = this.folder.resolve("out.csv");
		try (SafeCsvPrinter csv = CsvFiles.create(target, "author", "posts")) {
			csv.printRecord("=HYPERLINK(\"http://x\")", -3);
		}

		assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).containsExactly("author,posts",
				"\"'=HYPERLINK(\"\"http://x\"\")\",-3");
	}

}
