package org.socialreports.ingest.tabular;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import org.socialreports.ingest.ArchiveEntries;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.ArchiveParsers;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;

@ExtendWith(OutputCaptureExtension.class)
class JsonArchiveParserTests {

	@TempDir
	Path dir;

	@Test
	void arrayOfPostsIsReadWithTheLineOfEachObject() throws Exception {
		ArchiveEntries entries = ArchiveEntries.read(new JsonArchiveParser(write("posts.json", """
				[
				  {"title": "Twitter en entreprise", "author": "Yann", "date": "2009-03-20T10:00:00+01:00",
				   "content": "<p>Un paragraphe.</p><p>Un autre &amp; fin.</p>", "tags": ["twitter", "entreprise"],
				   "id": 12, "meta": {"views": [1, 2]}},
				  {"title": "Sans catégorie", "author": {"name": "Hélène"}, "date": "Thu, 19 Mar 2009 10:00:00 GMT",
				   "body": "Texte\\nsur deux lignes", "categories": "a; b"},
				  "pas un objet"
				]
				"""), "posts.json"));

		assertThat(entries.posts()).hasSize(2);
		Post first = entries.posts().get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.date()).isEqualTo(LocalDate.of(2009, 3, 20));
		assertThat(first.body()).isEqualTo("Un paragraphe.\n\nUn autre & fin.");
		assertThat(first.categories()).containsExactly("twitter", "entreprise");
		Post second = entries.posts().get(1);
		assertThat(second.line()).isEqualTo(5);
		assertThat(second.author()).isEqualTo("Hélène");
		assertThat(second.body()).isEqualTo("Texte\nsur deux lignes");
		assertThat(second.categories()).containsExactly("a", "b");
		assertThat(entries.rejects()).containsExactly(new Reject("posts.json", 7, "array element is not an object"));
	}

	// as an export that names no account: the file's own name, unless it is one that names none
	@Test
	void postsThatNameNoAuthorAreTheirFilesAccounts() throws Exception {
		String posts = """
				[
				{"title": "A", "date": "2009-03-20", "body_markdown_raw": "Du *Markdown*."},
				{"title": "B", "date": "2009-03-21", "content_text": "Un.", "authors": [{"url": "u"}, {"name": "Ann"}]},
				{"title": "C", "date": "2009-03-22", "text": "Deux.", "author": " "}
				]
				""";
		ArchiveEntries renamed = ArchiveEntries.read(new JsonArchiveParser(write("thom4net-blog.json", posts),
				"thom4net-blog.json"));
		Files.createDirectories(this.dir.resolve("hkabla"));
		ArchiveEntries downloaded = ArchiveEntries.read(new JsonArchiveParser(write("hkabla/posts.json", posts),
				"hkabla/posts.json"));

		assertThat(renamed.posts()).extracting(Post::author).containsExactly("thom4net-blog", "Ann");
		assertThat(renamed.posts().get(0).body()).isEqualTo("Du *Markdown*.");
		assertThat(downloaded.posts()).extracting(Post::author).containsExactly("hkabla", "Ann");
		// a post that names its author as nobody is not its file's
		assertThat(renamed.rejects()).containsExactly(new Reject("thom4net-blog.json", 4, "no author"));
	}

	@Test
	void truncatedArrayKeepsThePostsBeforeTheBreak() throws Exception {
		ArchiveEntries entries = ArchiveEntries.read(new JsonArchiveParser(write("posts.json", """
				[
				{"title": "A", "author": "X", "date": "2009-03-20", "text": "Un."},
				{"title": "B", "author": "X", "date": "2009-03-21", "text": "De
				"""), "posts.json"));

		assertThat(entries.posts()).extracting(Post::title).containsExactly("A");
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.reason()).startsWith("JSON not well-formed at line 3, reading stopped: ");
		});
	}

	@Test
	void arraysJoinedInOneFileAreAllRead() throws Exception {
		String a = """
				[
				{"title": "A", "author": "X", "date": "2009-03-20", "text": "Un."}
				]
				""";
		String b = """
				[{"title": "B", "author": "X", "date": "2009-03-21", "text": "Deux."},
				 {"title": "C", "author": "X", "date": "2009-03-22", "text": "Trois."}]""";

		ArchiveEntries entries = ArchiveEntries.read(new JsonArchiveParser(write("posts.json", a + b + "[]\n"), "posts.json"));

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title, Post::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", 2L), org.assertj.core.groups.Tuple.tuple("B", 4L),
					org.assertj.core.groups.Tuple.tuple("C", 5L));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"title": "B", "author": "X", "date": "2009-03-21", "text": "Deux."} | content after the JSON array at line 3 is not an array of posts, reading stopped
			"fin"                                                                | content after the JSON array at line 3 is not an array of posts, reading stopped
			fin                                                                  | JSON not well-formed at line 3, reading stopped: Unrecognized token 'fin'
			""")
	void otherContentAfterTheArrayIsAReject(String after, String reason) throws Exception {
		ArchiveEntries entries = ArchiveEntries.read(new JsonArchiveParser(write("posts.json", """
				[{"title": "A", "author": "X", "date": "2009-03-20", "text": "Un."}]

				""" + after + "\n"), "posts.json"));

		assertThat(entries.posts()).extracting(Post::title).containsExactly("A");
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.reason()).startsWith(reason);
		});
	}

	@Test
	void jsonLinesGoOnAfterABrokenLine() throws Exception {
		ArchiveEntries entries = ArchiveEntries.read(new JsonLinesArchiveParser(write("posts.jsonl", """
				{"title": "A", "author": "X", "date": "2009-03-20", "text": "Un."}

				{"title": "B", "author": "X", "date": "2009-03-21", "text": "De
				{"title": "C", "author": "X", "date": "21/03/2009", "text": "Trois."}
				{"title": "D", "author": "X", "text": "Sans date."}
				"""), "posts.jsonl"));

		assertThat(entries.posts()).extracting(Post::title, Post::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1L), org.assertj.core.groups.Tuple.tuple("C", 4L));
		assertThat(entries.rejects()).extracting(Reject::line).containsExactly(3L, 5L);
		assertThat(entries.rejects().get(0).reason()).startsWith("JSON not well-formed: ");
		assertThat(entries.rejects().get(1).reason()).isEqualTo("no date");
	}

	@Test
	void unescapedControlCharactersInStringsAreReadAndKeptOutOfTitlesAndNames() throws Exception {
		String posts = """
				[
				{"title": "Un\ttitre\0", "author": "Herv\0é", "date": "2009-03-20", "text": "Un\0 texte.", "tags": ["a\u0001b"]},
				{"title": "Deux", "author": "X", "date": "2009-03-21", "text": "Deux."}
				]
				""";
		Path array = write("posts.json", posts);
		Path lines = write("posts.jsonl", posts.lines().filter((line) -> line.startsWith("{"))
			.map((line) -> line.replaceAll(",$", ""))
			.collect(java.util.stream.Collectors.joining("\n")));

		for (Path file : List.of(array, lines)) {
			ArchiveEntries entries = ArchiveEntries.read(ArchiveParsers.open(file, file.getFileName().toString()));

			assertThat(entries.rejects()).isEmpty();
			assertThat(entries.posts()).extracting(Post::title, Post::author)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Un titre", "Hervé"),
						org.assertj.core.groups.Tuple.tuple("Deux", "X"));
			assertThat(entries.posts().get(0).categories()).containsExactly("ab");
		}
	}

	@ParameterizedTest(name = "JSON Lines: {0}")
	@ValueSource(booleans = { false, true })
	void stringLongerThanTheLimitIsCutAndThePostsAfterItAreRead(boolean jsonLines, CapturedOutput output)
			throws Exception {
		int limit = JsonStringCutter.MIN_STRING_CHARS;
		// escapes around the limit, which a cut must not split
		String image = "A\\\"\\u00e9".repeat(limit / 4);
		String huge = "{\"title\": \"B\", \"author\": \"X\", \"date\": \"2009-03-21\", \"text\": \"<p>Avant l'image.</p><img src=\\\"data:image/png;base64,"
				+ image + "\\\"><p>Après.</p>\", \"tags\": [\"" + "t".repeat(2 * limit) + "\", \"u\"]}";
		String a = "{\"title\": \"A\", \"author\": \"X\", \"date\": \"2009-03-20\", \"text\": \"Un.\"}";
		String c = "{\"title\": \"C\", \"author\": \"X\", \"date\": \"2009-03-22\", \"text\": \"Trois.\"}";
		Path file = write("posts.json", jsonLines ? a + "\n" + huge + "\n" + c + "\n" : "[" + a + ",\n" + huge + ",\n" + c + "]\n");
		ArchiveParser parser = jsonLines ? new JsonLinesArchiveParser(file, "posts.json", limit)
				: new JsonArchiveParser(file, "posts.json", limit);

		ArchiveEntries entries = ArchiveEntries.read(parser);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title, Post::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1L), org.assertj.core.groups.Tuple.tuple("B", 2L),
					org.assertj.core.groups.Tuple.tuple("C", 3L));
		assertThat(entries.posts().get(1).body()).isEqualTo("Avant l'image.");
		assertThat(entries.posts().get(1).categories()).singleElement().asString().hasSize(limit);
		assertThat(jsonLines ? ((JsonLinesArchiveParser) parser).cut() : ((JsonArchiveParser) parser).cut()).isOne();
		assertThat(output.getAll().lines().filter((line) -> line.contains("'posts.json': ")))
			.singleElement()
			.asString()
			.endsWith("'posts.json': 1 post(s) kept with a value cut to its first 16,384 characters");
	}

	@ParameterizedTest(name = "JSON Lines: {0}")
	@ValueSource(booleans = { false, true })
	void hundredMegabyteStringIsCutToAMillionCharacters(boolean jsonLines) throws Exception {
		Path file = this.dir.resolve("posts.json");
		try (java.io.Writer out = Files.newBufferedWriter(file)) {
			out.write(jsonLines ? "" : "[");
			out.write("{\"title\": \"Image\", \"author\": \"X\", \"date\": \"2009-03-20\", \"text\": \"Une image : ");
			char[] base64 = "QUJDRA==".repeat(1024).toCharArray();
			for (long written = 0; written < 100_000_000; written += base64.length) {
				out.write(base64);
			}
			out.write("\"}" + (jsonLines ? "\n" : ",\n"));
			out.write("{\"title\": \"Après\", \"author\": \"X\", \"date\": \"2009-03-21\", \"text\": \"Lu.\"}");
			out.write(jsonLines ? "\n" : "]\n");
		}
		ArchiveParser parser = jsonLines ? new JsonLinesArchiveParser(file, "posts.json")
				: new JsonArchiveParser(file, "posts.json");

		ArchiveEntries entries = ArchiveEntries.read(parser);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title).containsExactly("Image", "Après");
		assertThat(entries.posts().get(0).body()).startsWith("Une image : QUJDRA==")
			.hasSize(JsonStringCutter.MAX_STRING_CHARS);
		assertThat(jsonLines ? ((JsonLinesArchiveParser) parser).cut() : ((JsonArchiveParser) parser).cut()).isOne();
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(this.dir.resolve(name), content);
	}

}
