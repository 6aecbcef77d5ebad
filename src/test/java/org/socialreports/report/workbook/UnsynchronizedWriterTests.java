package org.socialreports.report.workbook;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsynchronizedWriterTests {

	@Test
	void passesOnEveryCharacterInOrderWhateverTheSizeOfEachWrite() throws IOException {
		StringWriter target = new StringWriter();
		StringBuilder expected = new StringBuilder();
		try (UnsynchronizedWriter writer = new UnsynchronizedWriter(target)) {
			for (int i = 0; i < 70_000; i++) {
				writer.write('a' + i % 26);
				expected.append((char) ('a' + i % 26));
			}
			String accents = "é’«»".repeat(5000);
			writer.write(accents);
			expected.append(accents);
			char[] large = "x".repeat(100_000).toCharArray();
			writer.write(large, 10, 90_000);
			expected.append(large, 10, 90_000);
			writer.write("<c r=\"A1\"/>", 1, 4);
			expected.append("c r=");
		}
		assertThat(target.toString()).isEqualTo(expected.toString());
	}

	@Test
	void flushReachesTheUnderlyingWriter() throws IOException {
		StringWriter target = new StringWriter();
		UnsynchronizedWriter writer = new UnsynchronizedWriter(target);
		writer.write("<row/>");
		assertThat(target.toString()).isEmpty();
		writer.flush();
		assertThat(target.toString()).isEqualTo("<row/>");
	}

}
