package org.socialreports.ingest.text;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.CharsetDetector;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;

class TextArchiveParserTests {

	private static final String SOURCE = "blogs/archive.txt";

	@TempDir
	Path dir;

	static Stream<Arguments> seedPosts() {
		return Stream.of(
				Arguments.of(0, 1, "Twitter, un outil à manier avec précautions… Cas pratique !", "conseilsmarketing",
						LocalDate.of(2009, 3, 20), "bad buzz twitter\n\nNous avions présenté", "Lire la suite", 482),
				Arguments.of(1, 38, "réseaux sociaux, menace ou opportunité ? le sondage", "Yann Gourvennec",
						LocalDate.of(2009, 3, 19), "\u00A0A la suite de l’article", "A vos souris !", 56),
				Arguments.of(2, 44, "réseaux sociaux : menace ou opportunité ?", "Yann Gourvennec",
						LocalDate.of(2009, 3, 19), "les réseaux sociaux\nles réseaux sociaux\n\nAlban",
						"poursuivre votre lecture sur le blog de la sécurité", 477),
				Arguments.of(3, 63, "Orange Business Services à l’heure du Social Media", "Yann Gourvennec",
						LocalDate.of(2009, 3, 12), "Orange Business Services à l'heure du Social Media\n",
						"l’impact et l’usage des TIC.", 160),
				Arguments.of(4, 72, "Société Générale : 1 an après Kerviel, le bilan", "Yann Gourvennec",
						LocalDate.of(2009, 3, 10), "affaire Kerviel : 1 an après\n\naffaire Kerviel",
						">> lire la suite sur le blog de Laurent Magloire : ‘Opinion Watch", 469));
	}

	@ParameterizedTest
	@MethodSource("seedPosts")
	void seedPostIsParsedExactly(int index, long line, String title, String author, LocalDate date, String bodyStart,
			String bodyEnd, int words) throws Exception {
		List<ArchiveEntry> entries = parse(seed());

		assertThat(entries).hasSize(5).allMatch(Post.class::isInstance);
		Post post = (Post) entries.get(index);
		assertThat(post.source()).isEqualTo(SOURCE);
		assertThat(post.line()).isEqualTo(line);
		assertThat(post.title()).isEqualTo(title);
		assertThat(post.author()).isEqualTo(author);
		assertThat(post.date()).isEqualTo(date);
		assertThat(post.body()).startsWith(bodyStart).endsWith(bodyEnd).doesNotContain("was last modified");
		assertThat(post.words()).isEqualTo(words);
		assertThat(post.categories()).isEmpty();
	}

	@Test
	void seedBodyKeepsParagraphsAsLines() throws Exception {
		Post sondage = (Post) parse(seed()).get(1);

		assertThat(sondage.body()).isEqualTo("\u00A0A la suite de l’article du 19 mars 2009 sur les réseaux sociaux, "
				+ "opportunité ou menace, nous lançons ce sondage complémentaire qui vous permet de vous exprimer sur "
				+ "ce sujet épineux. Donnez nous votre avis, et voyez en direct les réponses des autres internautes. "
				+ "A vos souris !");
	}

	@ParameterizedTest
	@CsvSource({ "janvier, 1", "Janvier, 1", "février, 2", "fevrier, 2", "FÉVRIER, 2", "mars, 3", "avril, 4",
			"mai, 5", "juin, 6", "juillet, 7", "août, 8", "aout, 8", "AOÛT, 8", "septembre, 9", "octobre, 10",
			"novembre, 11", "décembre, 12", "decembre, 12", "Décembre, 12", "january, 1", "February, 2",
			"MARCH, 3", "April, 4", "May, 5", "June, 6", "July, 7", "August, 8", "September, 9", "October, 10",
			"November, 11", "December, 12", "janv., 1", "Feb, 2", "déc., 12" })
	void monthNameInFooter(String month, int number) throws Exception {
		Path file = write("Titre\nCorps.\nTitre was last modified: " + month + " 9th, 2011 by Anne\n");

		assertThat(parse(file)).containsExactly(
				new Post(SOURCE, 1, "Titre", "Anne", LocalDate.of(2011, number, 9), "Corps."));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "mars 1st, 2009 by Anne | 2009-03-01", "mars 2nd, 2009 by Anne | 2009-03-02",
			"mars 3rd, 2009 by Anne | 2009-03-03", "mars 4, 2009 by Anne | 2009-03-04",
			"mars 1er, 2009 by Anne | 2009-03-01", "  mars   20th,  2009   by   Anne  | 2009-03-20",
			"\u00A0mars\u00A020th, 2009 by\u00A0Anne | 2009-03-20", "mars 20th 2009 by Anne | 2009-03-20",
			"20 mars 2009 by Anne | 2009-03-20", "March 20TH, 2009 BY Anne | 2009-03-20" })
	void footerDateVariants(String footer, LocalDate date) throws Exception {
		Path file = write("Titre\nCorps.\nTitre was last modified: " + footer + "\n");

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Titre", "Anne", date, "Corps."));
	}

	@Test
	void doubleSpaceAfterColonAsInRealFooters() throws Exception {
		Path file = write("Bienvenue !\nTexte.\nBienvenue ! was last modified:  January 12th, 2017 by Stéphanie R.\n");

		assertThat(parse(file))
			.containsExactly(new Post(SOURCE, 1, "Bienvenue !", "Stéphanie R.", LocalDate.of(2017, 1, 12), "Texte."));
	}

	@Test
	void titleIsFirstNonBlankLineAndBodyIsTrimmedOfBlankLines() throws Exception {
		Path file = write("\n \n\u00A0\n  Premier billet  \n\n\nUn.\n\n\nDeux.  \n \n\n"
				+ "Premier billet was last modified: mai 2nd, 2010 by Anne\n\n\nSecond\nTrois.\n"
				+ "Second was last modified: mai 3rd, 2010 by Bob");

		assertThat(parse(file)).containsExactly(
				new Post(SOURCE, 4, "Premier billet", "Anne", LocalDate.of(2010, 5, 2), "Un.\n\n\nDeux."),
				new Post(SOURCE, 16, "Second", "Bob", LocalDate.of(2010, 5, 3), "Trois."));
	}

	@Test
	void postWithTitleOnly() throws Exception {
		Path file = write("Seul\nSeul was last modified: mai 2nd, 2010 by Anne\n");

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Seul", "Anne", LocalDate.of(2010, 5, 2), ""));
	}

	@Test
	void footerTitleDifferentFromFirstLineKeepsFirstLine() throws Exception {
		Path file = write("L'heure du Social Media\nCorps.\nL&#8217;heure du Social Media was last modified: "
				+ "mai 2nd, 2010 by Anne\n");

		assertThat(parse(file)).containsExactly(
				new Post(SOURCE, 1, "L'heure du Social Media", "Anne", LocalDate.of(2010, 5, 2), "Corps."));
	}

	@Test
	void footerWithoutTitleStillEndsThePost() throws Exception {
		Path file = write("Titre\nCorps.\n was last modified: mai 2nd, 2010 by Anne\n");

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Titre", "Anne", LocalDate.of(2010, 5, 2), "Corps."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\r\n", "\r" })
	void windowsAndOldMacLineEnds(String lineEnd) throws Exception {
		Path file = write(String.join(lineEnd, "Un", "", "a", "", "b", "Un was last modified: juin 1st, 2012 by Anne",
				"Deux", "c", "Deux was last modified: juin 2nd, 2012 by Bob", ""));

		assertThat(parse(file)).containsExactly(
				new Post(SOURCE, 1, "Un", "Anne", LocalDate.of(2012, 6, 1), "a\n\nb"),
				new Post(SOURCE, 7, "Deux", "Bob", LocalDate.of(2012, 6, 2), "c"));
	}

	@Test
	void windows1252File() throws Exception {
		Path file = write("Café été\r\nCorps très réussi… “oui” – 5 €\r\n"
				+ "Café été was last modified: décembre 3rd, 2010 by Zoé\r\n", Charset.forName("windows-1252"));

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Café été", "Zoé", LocalDate.of(2010, 12, 3),
				"Corps très réussi… “oui” – 5 €"));
	}

	@Test
	void utf8WithByteOrderMark() throws Exception {
		Path file = write(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"Été\nCorps.\nÉté was last modified: juillet 14th, 2013 by Anne\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Été", "Anne", LocalDate.of(2013, 7, 14), "Corps."));
	}

	@Test
	void utf16WithByteOrderMark() throws Exception {
		Path file = write(concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				"Été\r\nCorps.\r\nÉté was last modified: juillet 14th, 2013 by Anne\r\n"
					.getBytes(StandardCharsets.UTF_16LE)));

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Été", "Anne", LocalDate.of(2013, 7, 14), "Corps."));
	}

	// Bytes that are not UTF-8 in a UTF-8 file are a Windows-1252 paste: read as such, not as U+FFFD.
	@Test
	void invalidUtf8BytesInUtf8FileAreReadAsWindows1252() throws Exception {
		byte[] before = "Été\nCorps très ".getBytes(StandardCharsets.UTF_8);
		byte[] after = " réussi.\nÉté was last modified: juillet 14th, 2013 by Anne\n".getBytes(StandardCharsets.UTF_8);
		Path file = write(concat(before, new byte[] { (byte) 0xFF, (byte) 0xE9 }, after));

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Été", "Anne", LocalDate.of(2013, 7, 14),
				"Corps très ÿé réussi."));
	}

	@Test
	void invalidUtf8BytesAfterTheSampleAreReadAsWindows1252() throws Exception {
		byte[] head = ("Été\n" + "x".repeat(CharsetDetector.SAMPLE_BYTES) + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\nÉté was last modified: juillet 14th, 2013 by Anne\n".getBytes(StandardCharsets.UTF_8);
		Path file = write(concat(head, "caf".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xE9 }, tail));

		Post post = (Post) parse(file).get(0);
		assertThat(post.body()).endsWith("\ncafé");
		assertThat(post.date()).isEqualTo(LocalDate.of(2013, 7, 14));
	}

	static Stream<Arguments> encodingsInOrder() {
		Charset windows1252 = Charset.forName("windows-1252");
		return Stream.of(Arguments.of(StandardCharsets.UTF_8, windows1252), Arguments.of(windows1252, StandardCharsets.UTF_8));
	}

	@ParameterizedTest(name = "{0}, then {1} after the first 64 KB")
	@MethodSource("encodingsInOrder")
	void nameWrittenInBothEncodingsReadsTheSameWherever(Charset first, Charset then) throws Exception {
		String post = "Sécurité – « réseaux » sociaux\nLe blog d’Hervé, 5 €.\n"
				+ "Sécurité – « réseaux » sociaux was last modified: décembre 3rd, 2010 by Hervé Kabla\n";
		int head = CharsetDetector.SAMPLE_BYTES / post.getBytes(first).length + 1;
		Path file = write(concat(post.repeat(head).getBytes(first), post.repeat(3).getBytes(then)));

		List<ArchiveEntry> entries = parse(file);

		assertThat(entries).hasSize(head + 3).allMatch(Post.class::isInstance);
		assertThat(entries).map((entry) -> ((Post) entry).author()).containsOnly("Hervé Kabla");
		assertThat(entries).map((entry) -> ((Post) entry).title()).containsOnly("Sécurité – « réseaux » sociaux");
		assertThat(entries).map((entry) -> ((Post) entry).body()).containsOnly("Le blog d’Hervé, 5 €.");
	}

	@Test
	void badFooterIsRejectedWithItsLineAndParsingGoesOn() throws Exception {
		Path file = write("Un\na\nUn was last modified: juin 1st, 2012 by Anne\n\nDeux\nb\n"
				+ "Deux was last modified: brumaire 1st, 2012 by Bob\nTrois\nc\n"
				+ "Trois was last modified: juin 3rd, 2012 by Carl\n");

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Un", "Anne", LocalDate.of(2012, 6, 1), "a"),
				new Reject(SOURCE, 7, "unreadable footer: unknown month 'brumaire'; post from line 5 left out"),
				new Post(SOURCE, 8, "Trois", "Carl", LocalDate.of(2012, 6, 3), "c"));
	}

	@Test
	void impossibleDateIsRejected() throws Exception {
		Path file = write("Un\na\nUn was last modified: février 31st, 2009 by Anne\n");

		assertThat(parse(file)).containsExactly(new Reject(SOURCE, 3,
				"unreadable footer: impossible date 'février 31st, 2009'; post from line 1 left out"));
	}

	@Test
	void footerWithoutAuthorIsRejected() throws Exception {
		Path file = write("Un\na\n was last modified:  April 2nd, 2019 \n");

		assertThat(parse(file)).containsExactly(
				new Reject(SOURCE, 3, "unreadable footer: missing author ('by <author>'); post from line 1 left out"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Un was last modified: | missing date and author",
			"Un was last modified: by Anne | missing date", "Un was last modified: mars 2009 by Anne | unreadable date 'mars 2009'",
			"Un was last modified: mars 20th, 2009 by | missing author ('by <author>')" })
	void unreadableFooterReasons(String footer, String reason) throws Exception {
		Path file = write("Un\na\n" + footer + "\n");

		assertThat(parse(file))
			.containsExactly(new Reject(SOURCE, 3, "unreadable footer: " + reason + "; post from line 1 left out"));
	}

	@Test
	void footerSplitOverLinesAsInHtmlDumps() throws Exception {
		Path file = write("Maison\nDes conseils.\n\t\t\n\t\t  Maison\n\t\t  was last modified: \n\t\t   February 3rd, 2016 \n"
				+ "\t\t  by \n\t\t  \n\t\t    Jean Dupont, Maison © 2001-2016\n\t\t  \n\t\t\n"
				+ "Suivant\nx\nSuivant was last modified: mai 1st, 2018 by Anne\n");

		assertThat(parse(file)).containsExactly(
				new Post(SOURCE, 1, "Maison", "Jean Dupont, Maison © 2001-2016", LocalDate.of(2016, 2, 3),
						"Des conseils."),
				new Post(SOURCE, 12, "Suivant", "Anne", LocalDate.of(2018, 5, 1), "x"));
	}

	@Test
	void footerSplitOverLinesWithItsMarkup() throws Exception {
		Path file = write("Maison\nDes conseils.\n\t\t<div class=\"hatom-extra\" style=\"display:none;\">\n"
				+ "\t\t  <span class=\"entry-title\">Maison</span>\n\t\t  was last modified: \n"
				+ "\t\t  <span class=\"updated\"> February 3rd, 2016</span> \n\t\t  by \n\t\t  <span class=\"author vcard\">\n"
				+ "\t\t    <span class=\"fn\">Jean Dupont, Maison &#169; 2001-2016</span>\n\t\t  </span>\n\t\t</div>\n"
				+ "<div class=\"post\">\nSuivant\nx\nSuivant was last modified: mai 1st, 2018 by Anne\n</div>\n");

		// the lines of tags around each footer make no title and no orphan text
		assertThat(parse(file)).extracting((entry) -> (Post) entry)
			.extracting(Post::title, Post::author, Post::date)
			.containsExactly(tuple("Maison", "Jean Dupont, Maison © 2001-2016", LocalDate.of(2016, 2, 3)),
					tuple("Suivant", "Anne", LocalDate.of(2018, 5, 1)));
	}

	@Test
	void authorOnTheLineAfterBy() throws Exception {
		Path file = write("Un\na\nUn was last modified: mai 1st, 2018 by\n  Anne\n");

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Un", "Anne", LocalDate.of(2018, 5, 1), "a"));
	}

	@Test
	void incompleteFooterNotCompletedByNextLinesIsRejectedAndTheyAreReadAgain() throws Exception {
		Path file = write("Un\na\nUn was last modified:\nDeux\nb\nDeux was last modified: mai 1st, 2018 by Bob\n");

		assertThat(parse(file)).containsExactly(
				new Reject(SOURCE, 3, "unreadable footer: missing date and author; post from line 1 left out"),
				new Post(SOURCE, 4, "Deux", "Bob", LocalDate.of(2018, 5, 1), "b"));
	}

	@Test
	void orphanTextAfterLastFooterIsRejectedAtItsFirstLine() throws Exception {
		Path file = write("Un\na\nUn was last modified: juin 1st, 2012 by Anne\n\n\nPas de\n\npied de page\n\n");

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Un", "Anne", LocalDate.of(2012, 6, 1), "a"),
				new Reject(SOURCE, 6, "orphan text after the last footer, lines 6-8"));
	}

	@Test
	void fileWithoutAnyFooterIsOneReject() throws Exception {
		Path file = write("\nJuste\ndu texte\n");

		assertThat(parse(file)).containsExactly(new Reject(SOURCE, 2, "text without any footer, lines 2-3"));
	}

	@Test
	void footerWithoutPostIsRejected() throws Exception {
		Path file = write("Un\na\nUn was last modified: juin 1st, 2012 by Anne\nUn was last modified: juin 1st, 2012 by Anne\n");

		assertThat(parse(file)).containsExactly(new Post(SOURCE, 1, "Un", "Anne", LocalDate.of(2012, 6, 1), "a"),
				new Reject(SOURCE, 4, "footer without a post before it"));
	}

	@Test
	void emptyFile() throws Exception {
		assertThat(parse(write(new byte[0]))).containsExactly(new Reject(SOURCE, 0, "empty file"));
	}

	@Test
	void fileWithOnlyAByteOrderMarkIsEmpty() throws Exception {
		Path file = write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });

		assertThat(parse(file)).containsExactly(new Reject(SOURCE, 0, "empty file"));
	}

	@Test
	void fileWithOnlyBlankLines() throws Exception {
		assertThat(parse(write("\n  \r\n\t\n"))).containsExactly(new Reject(SOURCE, 0, "empty file: blank lines only"));
	}

	@Test
	void binaryFileWithNulBytes() throws Exception {
		Path file = write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H' });

		assertThat(parse(file)).containsExactly(new Reject(SOURCE, 0, "binary file"));
	}

	@Test
	void strayNulAndControlCharactersLoseNoPostAndReachNoTitleOrAuthor() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 3000; i++) {
			String title = (i == 2) ? "Titre\0 deux\u0001" : "Titre " + i;
			String body = (i == 1) ? "Du texte\0 avec un NUL." : "Du texte.";
			String author = (i == 3) ? "Herv\u0000é\u001A Kabla" : "Hervé Kabla";
			text.append(title).append('\n').append(body).append('\n').append(title)
				.append(" was last modified: mars 20th, 2009 by ").append(author).append('\n');
		}
		Path file = write(text.toString());

		List<ArchiveEntry> entries = parse(file);

		assertThat(entries).hasSize(3000).allMatch(Post.class::isInstance);
		assertThat(entries.subList(0, 3)).extracting((entry) -> ((Post) entry).title(), (entry) -> ((Post) entry).author())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Titre 1", "Hervé Kabla"),
					org.assertj.core.groups.Tuple.tuple("Titre deux", "Hervé Kabla"),
					org.assertj.core.groups.Tuple.tuple("Titre 3", "Hervé Kabla"));
	}

	@Test
	void binaryFileWithManyControlCharacters() throws Exception {
		byte[] bytes = new byte[1000];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) ((i % 10 == 0) ? 0x03 : 'a' + i % 26);
		}

		assertThat(parse(write(bytes))).containsExactly(new Reject(SOURCE, 0, "binary file"));
	}

	@Test
	void twentyMegabyteLineWithoutNewlineIsRejected() throws Exception {
		Path file = this.dir.resolve("huge.txt");
		byte[] chunk = "lorem ipsum ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
		long size = 0;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			while (size < 20_000_000) {
				out.write(chunk);
				size += chunk.length;
			}
		}

		assertThat(parse(file)).containsExactly(new Reject(SOURCE, 1,
				"line too long (" + size + " characters, at most " + TextArchiveParser.MAX_LINE_CHARS + "), left out"));
	}

	@Test
	void tooLongLineInsideAPostIsLeftOutOfItsBody() throws Exception {
		Path file = write("Un\na\n" + "x".repeat(101) + "\nb\nUn was last modified: juin 1st, 2012 by Anne\n");

		try (TextArchiveParser parser = new TextArchiveParser(file, SOURCE, 100, 1000)) {
			assertThat(drain(parser)).containsExactly(
					new Reject(SOURCE, 3, "line too long (101 characters, at most 100), left out"),
					new Post(SOURCE, 1, "Un", "Anne", LocalDate.of(2012, 6, 1), "a\nb"));
		}
	}

	@Test
	void tooLongPostIsRejectedAndTheNextOneIsRead() throws Exception {
		Path file = write("Un\n" + "abcdefghi\n".repeat(20) + "Un was last modified: juin 1st, 2012 by Anne\n"
				+ "Deux\nb\nDeux was last modified: juin 2nd, 2012 by Bob\n");

		try (TextArchiveParser parser = new TextArchiveParser(file, SOURCE, 100, 100)) {
			assertThat(drain(parser)).containsExactly(
					new Reject(SOURCE, 1, "post too long (lines 1-21 before the footer at line 22)"),
					new Post(SOURCE, 23, "Deux", "Bob", LocalDate.of(2012, 6, 2), "b"));
		}
	}

	@Test
	void missingFileThrows() {
		assertThatExceptionOfType(NoSuchFileException.class)
			.isThrownBy(() -> parse(this.dir.resolve("missing.txt")));
	}

	@Test
	void nextAfterTheEndKeepsReturningNull() throws Exception {
		try (TextArchiveParser parser = new TextArchiveParser(write("Un\nUn was last modified: juin 1st, 2012 by A\n"),
				SOURCE)) {
			assertThat(parser.next()).isInstanceOf(Post.class);
			assertThat(parser.next()).isNull();
			assertThat(parser.next()).isNull();
		}
	}

	@Test
	void nextAfterCloseReturnsNull() throws Exception {
		TextArchiveParser parser = new TextArchiveParser(write("Un\nUn was last modified: juin 1st, 2012 by A\n"), SOURCE);
		parser.close();

		assertThat(parser.next()).isNull();
	}

	private static Path seed() throws URISyntaxException {
		return Path.of(TextArchiveParserTests.class.getResource("/archives/seed.txt").toURI());
	}

	private Path write(String text) throws IOException {
		return write(text, StandardCharsets.UTF_8);
	}

	private Path write(String text, Charset charset) throws IOException {
		return write(text.getBytes(charset));
	}

	private Path write(byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve("archive.txt"), bytes);
	}

	private static byte[] concat(byte[]... parts) {
		byte[] all = new byte[Arrays.stream(parts).mapToInt((part) -> part.length).sum()];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private static List<ArchiveEntry> parse(Path file) throws IOException {
		try (TextArchiveParser parser = new TextArchiveParser(file, SOURCE)) {
			return drain(parser);
		}
	}

	private static List<ArchiveEntry> drain(ArchiveParser parser) throws IOException {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (ArchiveEntry entry = parser.next(); entry != null; entry = parser.next()) {
			entries.add(entry);
		}
		return entries;
	}

}
