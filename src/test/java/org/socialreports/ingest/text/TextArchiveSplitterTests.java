package org.socialreports.ingest.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.CharsetDetector;
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.SyntheticArchive;

class TextArchiveSplitterTests {

	private static final String SOURCE = "big/archive.txt";

	@TempDir
	static Path folder;

	private static String synthetic;

	@BeforeAll
	static void writeSyntheticArchive() throws IOException {
		SyntheticArchive.write(folder.resolve("synthetic"), 120, 1, 7L);
		synthetic = Files.readString(folder.resolve("synthetic").resolve("archive-001.txt"));
	}

	static Stream<Arguments> archives() {
		return Stream.of(Arguments.of("LF", synthetic, StandardCharsets.UTF_8),
				Arguments.of("CRLF", synthetic.replace("\n", "\r\n"), StandardCharsets.UTF_8),
				Arguments.of("CR", synthetic.replace("\n", "\r"), StandardCharsets.UTF_8),
				Arguments.of("UTF-8 with a byte order mark", "\uFEFF" + synthetic, StandardCharsets.UTF_8),
				Arguments.of("Windows-1252, CRLF", synthetic.replace("\n", "\r\n"), CharsetDetector.WINDOWS_1252),
				Arguments.of("rejects among the posts", troubled(synthetic), StandardCharsets.UTF_8));
	}

	/**
	 * The synthetic archive with a footer that cannot be read, a footer with no post before it,
	 * a footer split over two lines, and text after the last footer.
	 */
	private static String troubled(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		List<Integer> footers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(" was last modified: ")) {
				footers.add(i);
			}
		}
		int split = footers.get(60);
		String[] parts = lines.get(split).split(" (?=was last modified: )");
		lines.set(split, parts[0] + "\n" + parts[1]);
		int repeated = footers.get(30);
		lines.set(repeated, lines.get(repeated) + "\n\n" + lines.get(repeated));
		int unreadable = footers.get(10);
		lines.set(unreadable, lines.get(unreadable).replaceFirst("modified: \\S+", "modified: brumaire"));
		return String.join("\n", lines) + "Une fin sans pied de page\n";
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("archives")
	void partsReadTogetherGiveWhatTheWholeFileGives(String name, String text, Charset charset) throws IOException {
		Path file = write(text, charset);

		List<TextRange> ranges = TextArchiveSplitter.split(file, 3_000);

		assertThat(ranges).hasSizeGreaterThan(20);
		assertThat(ranges.get(0).start()).isZero();
		assertThat(ranges.get(0).firstLine()).isEqualTo(1);
		assertThat(ranges.get(ranges.size() - 1).end()).isEqualTo(Files.size(file));
		for (int i = 1; i < ranges.size(); i++) {
			assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).end()).isGreaterThanOrEqualTo(i * 3_000L);
		}
		List<ArchiveEntry> whole = entries(new TextArchiveParser(file, SOURCE));
		List<ArchiveEntry> byParts = new ArrayList<>();
		for (TextRange range : ranges) {
			byParts.addAll(entries(new TextArchiveParser(file, SOURCE, range)));
		}
		assertThat(whole).hasSizeGreaterThanOrEqualTo(120);
		assertThat(byParts).containsExactlyElementsOf(whole);
	}

	// every stretch boundary lands somewhere else: in a CRLF, on a CR, at a footer's first byte...
	@ParameterizedTest(name = "{0}")
	@MethodSource("archives")
	void everyPartSizeGivesWhatTheWholeFileGives(String name, String text, Charset charset) throws IOException {
		String small = text.substring(0, text.indexOf("(9)"));
		Path file = write(small, charset);
		List<ArchiveEntry> whole = entries(new TextArchiveParser(file, SOURCE));

		for (long partBytes = 150; partBytes < 700; partBytes += 7) {
			List<ArchiveEntry> byParts = new ArrayList<>();
			for (TextRange range : TextArchiveSplitter.split(file, partBytes)) {
				byParts.addAll(entries(new TextArchiveParser(file, SOURCE, range)));
			}
			assertThat(byParts).as("parts of %d bytes", partBytes).containsExactlyElementsOf(whole);
		}
	}

	@Test
	void fileThatLooksBinaryIsOnePartAsItIsOneReject() throws IOException {
		// control characters over more than a twentieth of the first 64 KB: a stray NUL no longer does it
		Path file = write("\u0000\u0001".repeat(2_000) + "\n" + synthetic, StandardCharsets.UTF_8);

		assertThat(TextArchiveSplitter.split(file, 3_000)).containsExactly(new TextRange(0, Files.size(file), 1));
		assertThat(entries(new TextArchiveParser(file, SOURCE))).containsExactly(new Reject(SOURCE, 0, "binary file"));
	}

	@Test
	void rejectsOfTheWholeFileAreFoundInTheParts() throws IOException {
		Path file = write(archives().toList().get(5).get()[1].toString(), StandardCharsets.UTF_8);

		List<ArchiveEntry> byParts = new ArrayList<>();
		for (TextRange range : TextArchiveSplitter.split(file, 3_000)) {
			byParts.addAll(entries(new TextArchiveParser(file, SOURCE, range)));
		}

		assertThat(byParts).filteredOn(Reject.class::isInstance)
			.extracting((entry) -> ((Reject) entry).reason().replaceAll("[0-9]+", "N"))
			.containsExactly("unreadable footer: unknown month 'brumaire'; post from line N left out",
					"footer without a post before it", "orphan text after the last footer, lines N-N");
	}

	@Test
	void fileNoLargerThanAPartIsOnePart() throws IOException {
		Path file = write(synthetic, StandardCharsets.UTF_8);

		assertThat(TextArchiveSplitter.split(file, Files.size(file)))
			.containsExactly(new TextRange(0, Files.size(file), 1));
	}

	@Test
	void utf16FileIsOnePart() throws IOException {
		Path file = write("\uFEFF" + synthetic, StandardCharsets.UTF_16LE);

		assertThat(TextArchiveSplitter.split(file, 3_000)).containsExactly(new TextRange(0, Files.size(file), 1));
	}

	@Test
	void textWithoutFootersIsOnePart() throws IOException {
		Path file = write("Un titre\n\n".repeat(2_000), StandardCharsets.UTF_8);

		assertThat(TextArchiveSplitter.split(file, 3_000)).containsExactly(new TextRange(0, Files.size(file), 1));
	}

	@Test
	void partSizeMustBePositive() throws IOException {
		Path file = write(synthetic, StandardCharsets.UTF_8);

		assertThatIllegalArgumentException().isThrownBy(() -> TextArchiveSplitter.split(file, 0))
			.withMessage("the size of a part must be positive: 0");
	}

	@Test
	void rangeTravelsAsText() {
		TextRange range = new TextRange(3_000_000_000L, 3_100_000_000L, 41_000_123);

		assertThat(TextRange.parse(range.serialize())).isEqualTo(range);
		assertThatIllegalArgumentException().isThrownBy(() -> TextRange.parse("12@3"))
			.withMessage("not a text range: 12@3");
	}

	private static Path write(String text, Charset charset) throws IOException {
		Path file = Files.createTempFile(folder, "archive", ".txt");
		Files.writeString(file, text, charset);
		return file;
	}

	private static List<ArchiveEntry> entries(ArchiveParser parser) throws IOException {
		List<ArchiveEntry> entries = new ArrayList<>();
		try (parser) {
			for (ArchiveEntry entry = parser.next(); entry != null; entry = parser.next()) {
				entries.add(entry);
			}
		}
		return entries;
	}

}
