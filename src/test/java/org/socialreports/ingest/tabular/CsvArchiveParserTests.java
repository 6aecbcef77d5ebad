package org.socialreports.ingest.tabular;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import org.socialreports.ingest.ArchiveEntries;
import org.socialreports.ingest.ArchiveParsers;
import org.socialreports.ingest.CharsetDetector;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;

class CsvArchiveParserTests {

	@TempDir
	Path dir;

	@Test
	void commaSeparatedUtf8WithMultiLineBodies() throws Exception {
		ArchiveEntries entries = read("""
				title,author,date,text,tags
				Twitter en entreprise,Yann Gourvennec,2009-03-20,"Premier paragraphe.

				Second, avec une virgule.",twitter;entreprise
				"Le ""bad buzz""\",conseilsmarketing,20/03/2009,Un texte court.,
				""", StandardCharsets.UTF_8);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::line, Post::title, Post::author, Post::date)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(2L, "Twitter en entreprise", "Yann Gourvennec",
							LocalDate.of(2009, 3, 20)),
					org.assertj.core.groups.Tuple.tuple(5L, "Le \"bad buzz\"", "conseilsmarketing",
							LocalDate.of(2009, 3, 20)));
		assertThat(entries.posts().get(0).body()).isEqualTo("Premier paragraphe.\n\nSecond, avec une virgule.");
		assertThat(entries.posts().get(0).categories()).containsExactly("twitter", "entreprise");
	}

	@Test
	void semicolonSeparatedWindows1252AsFrenchExcelWritesIt() throws Exception {
		ArchiveEntries entries = read("""
				Titre;Auteur;Date;Contenu\r
				Sécurité des réseaux sociaux;Hélène;"Thu, 19 Mar 2009 10:00:00 +0100";Menace ou opportunité ? « Oui », répond-elle.\r
				""", Charset.forName("windows-1252"));

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).singleElement().satisfies((post) -> {
			assertThat(post.title()).isEqualTo("Sécurité des réseaux sociaux");
			assertThat(post.author()).isEqualTo("Hélène");
			assertThat(post.date()).isEqualTo(LocalDate.of(2009, 3, 19));
			assertThat(post.body()).isEqualTo("Menace ou opportunité ? « Oui », répond-elle.");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			T,A,,Texte        | no date
			T,A,31/02/2009,Texte | unreadable date '31/02/2009'
			T,,2009-03-20,Texte  | no author
			,A,2009-03-20,       | empty post: no title and no text
			""")
	void badRecordIsRejectedAtItsLine(String record, String reason) throws Exception {
		ArchiveEntries entries = read("title,author,date,body\nOK,A,2009-03-20,Texte\n" + record + "\n",
				StandardCharsets.UTF_8);

		assertThat(entries.posts()).hasSize(1);
		assertThat(entries.rejects()).containsExactly(new Reject("posts.csv", 3, reason));
	}

	@Test
	void untitledRecordWithTextIsKeptAndTitledWithItsText() throws Exception {
		ArchiveEntries entries = read("title,author,date,body\n,A,2009-03-20,Du texte. Et la suite\n",
				StandardCharsets.UTF_8);

		assertThat(entries.posts()).singleElement().satisfies((post) -> {
			assertThat(post.title()).isEqualTo("Du texte.");
			// the title repeats the text: its words are counted once
			assertThat(post.words()).isEqualTo(5);
		});
	}

	@Test
	void headerWithoutTheRequiredColumnsIsOneReject() throws Exception {
		ArchiveEntries entries = read("title,author,body\nT,A,Texte\n", StandardCharsets.UTF_8);

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).containsExactly(new Reject("posts.csv", 1,
				"CSV header has no column for date (see the accepted names in the documentation)"));
	}

	@Test
	void tableWithoutAnAuthorColumnIsItsFilesAccounts() throws Exception {
		Path file = Files.writeString(this.dir.resolve("hkabla-blog.csv"), "title,date,text\nT,2009-03-20,Texte\n");

		ArchiveEntries entries = ArchiveEntries.read(new CsvArchiveParser(file, "hkabla-blog.csv"));

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::author).containsExactly("hkabla-blog");
	}

	// The quote never closes: its record is a reject, and the line it swallowed is read again as a
	// record, here one without a date.
	@Test
	void unclosedQuoteIsARejectAndTheLinesAfterItAreReadAgain() throws Exception {
		ArchiveEntries entries = read("title,author,date,body\nT1,A,2009-03-20,Texte\nT2,A,2009-03-21,\"Texte\nsans fin\n",
				StandardCharsets.UTF_8);

		assertThat(entries.posts()).extracting(Post::title).containsExactly("T1");
		assertThat(entries.rejects()).extracting(Reject::line, Reject::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L,
					"quote opened at line 3 never closed; record left out, reading resumes at line 4"),
					org.assertj.core.groups.Tuple.tuple(4L, "no date"));
	}

	static Stream<Arguments> strayQuotes() {
		return Stream.of(Arguments.of("a quoted field 8 records on closes it", 10_000, 10),
				Arguments.of("nothing closes it", 150_000, 0));
	}

	// An unbalanced quote in the 102nd record: every other record is kept, whether the runaway
	// field ends at a later quote (read again from memory) or at the end of the file, 5 MB on, past
	// what is kept in memory (read again from the file).
	@ParameterizedTest(name = "{0}")
	@MethodSource("strayQuotes")
	void strayQuoteLosesItsRecordOnly(String what, int records, int quotedEvery) throws Exception {
		StringBuilder csv = new StringBuilder("title,author,date,text\n");
		for (int i = 1; i <= records; i++) {
			String text = (i == 102) ? "\"Un guillemet ouvert" : (quotedEvery > 0 && i % quotedEvery == 0)
					? "\"Avec une virgule, et des \"\"guillemets\"\"\"" : "Texte " + i;
			csv.append("T").append(i).append(",Auteur,2009-03-20,").append(text).append("\n");
		}

		ArchiveEntries entries = read(csv.toString(), StandardCharsets.UTF_8);

		assertThat(entries.posts()).hasSize(records - 1);
		assertThat(entries.posts().get(100)).extracting(Post::title, Post::line).containsExactly("T101", 102L);
		assertThat(entries.posts().get(101)).extracting(Post::title, Post::line).containsExactly("T103", 104L);
		assertThat(entries.posts().get(records - 2)).extracting(Post::title, Post::line)
			.containsExactly("T" + records, records + 1L);
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(103);
			assertThat(reject.reason()).endsWith("record left out, reading resumes at line 104");
		});
	}

	@Test
	void runawayQuoteEndingCleanlyIsToldByItsNumberOfFields() throws Exception {
		ArchiveEntries entries = read("""
				title,author,date,text,tags
				T1,A,2009-03-20,Un,t
				T2,A,2009-03-21,"Deux sans fin,t
				T3,A,2009-03-22,Trois,t
				T4,A,2009-03-23,",quatre",t
				T5,A,2009-03-24,"Cinq
				sur deux lignes",t
				T6,A,2009-03-25,"Six, sur

				trois lignes",t,u,v
				""", StandardCharsets.UTF_8);

		// T6 has more fields than the header too, but no line of it looks like a record
		assertThat(entries.posts()).extracting(Post::title, Post::line).containsExactly(
				org.assertj.core.groups.Tuple.tuple("T1", 2L), org.assertj.core.groups.Tuple.tuple("T3", 4L),
				org.assertj.core.groups.Tuple.tuple("T4", 5L), org.assertj.core.groups.Tuple.tuple("T5", 6L),
				org.assertj.core.groups.Tuple.tuple("T6", 8L));
		assertThat(entries.posts().get(3).body()).isEqualTo("Cinq\nsur deux lignes");
		assertThat(entries.rejects()).extracting(Reject::line, Reject::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "quote not closed where expected: the record runs to"
					+ " line 5 with 6 fields where the header has 5; record left out, reading resumes at line 4"));
	}

	@Test
	void characterAfterAClosingQuoteLosesThatRecordOnly() throws Exception {
		ArchiveEntries entries = read("title,author,date,text\r\n\"Le\" bad buzz,A,2009-03-20,Un\r\nT2,A,2009-03-21,Deux\r\n",
				StandardCharsets.UTF_8);

		assertThat(entries.posts()).extracting(Post::title, Post::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("T2", 3L));
		assertThat(entries.rejects()).extracting(Reject::line, Reject::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "'b' after the closing quote of field 1 at line 2, where"
					+ " a separator or a line end must follow; record left out, reading resumes at line 3"));
	}

	@Test
	void fieldLongerThanTheLimitIsCutAndTheRecordsAfterItKeepTheirLines() throws Exception {
		int limit = 100;
		String quoted = "\"Début" + "ab\"\"c\r\n".repeat(60) + "\"";
		String plain = "x".repeat(3 * limit);
		Path file = Files.writeString(this.dir.resolve("posts.csv"), "title,author,date,text\r\n" + "T1,A,2009-03-20," + quoted
				+ "\r\n" + "T2,A,2009-03-21," + plain + "\r\n" + "T3,A,2009-03-22,Trois\r\n");
		CsvArchiveParser parser = new CsvArchiveParser(file, "posts.csv", limit);

		ArchiveEntries entries = ArchiveEntries.read(parser);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title, Post::line).containsExactly(
				org.assertj.core.groups.Tuple.tuple("T1", 2L), org.assertj.core.groups.Tuple.tuple("T2", 63L),
				org.assertj.core.groups.Tuple.tuple("T3", 64L));
		assertThat(entries.posts().get(0).body()).startsWith("Débutab\"c\nab\"c\n").hasSizeLessThanOrEqualTo(limit);
		assertThat(entries.posts().get(1).body()).isEqualTo("x".repeat(limit));
		assertThat(parser.cut()).isEqualTo(2);
	}

	@Test
	void recordTooLongInAllIsARejectAndTheNextOneIsRead() throws Exception {
		int limit = 100;
		String tags = ("," + "t".repeat(limit - 1)).repeat(5);
		Path file = Files.writeString(this.dir.resolve("posts.csv"), "title,author,date,text,tags,tags,tags,tags,tags\n"
				+ "T1,A,2009-03-20,Un" + tags + "\n" + "T2,A,2009-03-21,Deux\n");

		ArchiveEntries entries = ArchiveEntries.read(new CsvArchiveParser(file, "posts.csv", limit));

		assertThat(entries.posts()).extracting(Post::title).containsExactly("T2");
		assertThat(entries.rejects()).extracting(Reject::line, Reject::reason).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2L, "record too long (more than 400 characters, lines 2-2), left out"));
	}

	@Test
	void hundredMegabyteFieldIsCutToAMillionCharacters() throws Exception {
		Path file = this.dir.resolve("posts.csv");
		try (java.io.Writer out = Files.newBufferedWriter(file)) {
			out.write("title;author;date;text\r\nImage;X;2009-03-20;\"<p>Une image :</p><img src=\"\"data:image/png;base64,");
			char[] base64 = "QUJDRA==".repeat(1024).toCharArray();
			for (long written = 0; written < 100_000_000; written += base64.length) {
				out.write(base64);
			}
			out.write("\"\"><p>Fin.</p>\"\r\nAprès;X;2009-03-21;Lu.\r\n");
		}
		CsvArchiveParser parser = new CsvArchiveParser(file, "posts.csv");

		ArchiveEntries entries = ArchiveEntries.read(parser);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title, Post::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Image", 2L), org.assertj.core.groups.Tuple.tuple("Après", 3L));
		assertThat(entries.posts().get(0).body()).isEqualTo("Une image :");
		assertThat(parser.cut()).isOne();
	}

	@Test
	void controlCharactersReachNeitherTitleNorAuthorNorCategories() throws Exception {
		Path file = Files.writeString(this.dir.resolve("export.csv"),
				"title,author,date,text,tags\n" + "Un\0 titre,Herv\0é\u0007,2009-03-20,Du texte\0 ici,\0twitter;sécu\u0001rité\n"
						+ "Deux,Anne,2009-03-21,Encore,\n");

		ArchiveEntries entries = ArchiveEntries.read(ArchiveParsers.open(file, "export.csv"));

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title, Post::author)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Un titre", "Hervé"),
					org.assertj.core.groups.Tuple.tuple("Deux", "Anne"));
		assertThat(entries.posts().get(0).categories()).containsExactly("twitter", "sécurité");
	}

	@ParameterizedTest(name = "{0}, then {1} after the first 64 KB")
	@CsvSource({ "UTF-8, windows-1252", "windows-1252, UTF-8" })
	void authorWrittenInBothEncodingsIsOneAuthor(String first, String then) throws Exception {
		String record = "Sécurité – « réseaux »;Hervé Kabla;20/03/2009;L’été, 5 €.\r\n";
		int head = CharsetDetector.SAMPLE_BYTES / record.length() + 1;
		byte[] start = ("Titre;Auteur;Date;Contenu\r\n" + record.repeat(head)).getBytes(Charset.forName(first));
		byte[] end = record.repeat(2).getBytes(Charset.forName(then));
		Path file = this.dir.resolve("posts.csv");
		Files.write(file, start);
		Files.write(file, end, java.nio.file.StandardOpenOption.APPEND);

		ArchiveEntries entries = ArchiveEntries.read(new CsvArchiveParser(file, "posts.csv"));

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).hasSize(head + 2);
		assertThat(entries.authors()).containsExactly("Hervé Kabla");
		assertThat(entries.posts()).extracting(Post::title).containsOnly("Sécurité – « réseaux »");
		assertThat(entries.posts()).extracting(Post::body).containsOnly("L’été, 5 €.");
	}

	private ArchiveEntries read(String content, Charset charset) throws Exception {
		Path file = Files.write(this.dir.resolve("posts.csv"), content.getBytes(charset));
		return ArchiveEntries.read(new CsvArchiveParser(file, "posts.csv"));
	}


}
