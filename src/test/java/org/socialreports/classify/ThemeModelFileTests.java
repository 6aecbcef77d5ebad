package org.socialreports.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ThemeModelFileTests {

	/** Two themes, two words: every number of it can be checked by hand. */
	static final String SMALL = """
			# a comment
			format	1
			classes	twitter-usage	crisis-communication	unclassified
			taxonomy-sha256	abc
			posts	12
			title-weight	4
			rule-cap	1
			bias	0.100	-0.200	0.300
			rule	twitter-usage	2.000	-1.000	-1.000
			rule	crisis-communication	-1.000	2.000	-1.000
			word	hashtag	1.5000	1.200	-0.400	-0.800
			word	outrag	2.0000	-0.500	1.500	-1.000
			""";

	@TempDir
	Path folder;

	@Test
	void readsEveryRecord() throws IOException {
		ThemeModel model = ThemeModelFile.read(write(SMALL));
		assertThat(model.classIds()).containsExactly("twitter-usage", "crisis-communication", "unclassified");
		assertThat(model.taxonomySha256()).isEqualTo("abc");
		assertThat(model.posts()).isEqualTo(12);
		assertThat(model.titleWeight()).isEqualTo(4);
		assertThat(model.ruleCap()).isEqualTo(1);
		assertThat(model.biases()).containsExactly(0.1, -0.2, 0.3);
		assertThat(model.ruleWeights()).containsExactly(2, -1, -1, -1, 2, -1);
		assertThat(model.words()).containsExactly("hashtag", "outrag");
		assertThat(model.idf()).containsExactly(1.5, 2);
		assertThat(model.wordWeights()).containsExactly(1.2, -0.4, -0.8, -0.5, 1.5, -1);
	}

	@Test
	void writesWhatItReads() throws IOException {
		Path file = this.folder.resolve("written.tsv");
		ThemeModelFile.write(ThemeModelFile.read(write(SMALL)), file);
		assertThat(Files.readString(file)).endsWith(SMALL.substring(SMALL.indexOf("format")));
		assertThat(this.folder.resolve("written.tsv.partial")).doesNotExist();
	}

	@Test
	void noFileMeansNoModel() {
		assertThat(ThemeModelFile.readIfPresent(this.folder.resolve("none.tsv"))).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"format	2|2|format 2 is not 1",
			"classes	twitter-usage	crisis-communication|3|the classes must be distinct theme ids, then unclassified",
			"posts	twelve|5|'twelve' is not a number",
			"title-weight	0|6|'0' must be more than 0",
			"bias	0.100	-0.200|8|'bias' has 2 value(s), not 3",
			"rule	crisis-communication	-1.0000	2.0000	-1.0000|9|the rule weights must be those of the themes, in the classes' order",
			"word	hashtag	1.500000	NaN	-0.4000	-0.8000|11|'NaN' is not a number",
			"word	hashtag	1.500000	1.2000	-0.4000	-0.8000|12|word 'hashtag' is empty or given twice",
			"colour	red|11|unknown record 'colour'" })
	void aDamagedLineIsNamed(String line, int number, String problem) throws IOException {
		List<String> lines = new java.util.ArrayList<>(SMALL.lines().toList());
		lines.set(number - 1, line);
		Path file = write(String.join("\n", lines) + "\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeModelFile.read(file))
			.withMessage(file + ":" + number + ": damaged theme model, " + problem + "; train it again with --train-model");
	}

	@Test
	void aTruncatedFileIsIncomplete() throws IOException {
		Path file = write(SMALL.substring(0, SMALL.indexOf("rule\tcrisis")));
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeModelFile.read(file))
			.withMessage(file + ": damaged theme model, incomplete: it needs format, classes, taxonomy-sha256, posts,"
					+ " title-weight, rule-cap, bias and one rule line a theme; train it again with --train-model");
	}

	@Test
	void somethingElseThanAModelIsRefused() throws IOException {
		Path file = this.folder.resolve("model.tsv");
		Files.write(file, new byte[] { 'P', 'K', 3, 4, (byte) 0xC3, (byte) 0x28, 0 });
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeModelFile.read(file))
			.withMessage(file + ": not a theme model (not UTF-8 text); train it again with --train-model");
		Path text = write("themes:\n  twitter-usage:\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeModelFile.read(text))
			.withMessage(text + ":1: damaged theme model, the first record must be 'format 1'; train it again with"
					+ " --train-model");
	}

	private Path write(String text) throws IOException {
		Path file = this.folder.resolve("model.tsv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
