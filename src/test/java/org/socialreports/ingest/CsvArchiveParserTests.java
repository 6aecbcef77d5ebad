package org.socialreports.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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
	void untitledRecordWithTextIsKept() throws Exception {
		ArchiveEntries entries = read("title,author,date,body\n,A,2009-03-20,Du texte\n", StandardCharsets.UTF_8);

		assertThat(entries.posts()).singleElement().extracting(Post::title).isEqualTo("(untitled)");
	}

	@Test
	void headerWithoutTheRequiredColumnsIsOneReject() throws Exception {
		ArchiveEntries entries = read("title,author,body\nT,A,Texte\n", StandardCharsets.UTF_8);

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).containsExactly(new Reject("posts.csv", 1,
				"CSV header has no column for date (see the accepted names in the documentation)"));
	}

	@Test
	void unclosedQuoteKeepsTheRecordsBeforeIt() throws Exception {
		ArchiveEntries entries = read("title,author,date,body\nT1,A,2009-03-20,Texte\nT2,A,2009-03-21,\"Texte\nsans fin\n",
				StandardCharsets.UTF_8);

		assertThat(entries.posts()).extracting(Post::title).containsExactly("T1");
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.reason()).startsWith("CSV not readable from line 3");
		});
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
