package org.socialreports.ingest.xml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialreports.DefaultLocale;

import static org.assertj.core.api.Assertions.assertThat;
import org.socialreports.ingest.ArchiveEntries;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;

@DefaultLocale("fr-FR")
class WxrArchiveParserTests {

	private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC),
			ZoneOffset.UTC);

	@TempDir
	Path dir;

	// Expected numbers counted with python3 xml.etree, independently of this parser: items with
	// wp:post_type 'post' and wp:status 'publish' (read), all other items (skipped), distinct
	// wp:author_display_name of the dc:creator logins, min and max of wp:post_date.
	@ParameterizedTest
	@CsvSource(textBlock = """
			wxr/wp-theme-unit-test-data.xml,         56, 130, 2, 2009-05-15, 2023-01-16
			wxr/fr-bitcoin-france-e-ducat.wordpress.xml, 78, 229, 1, 2011-10-31, 2016-08-27
			""")
	void realWorldExportGivesItsPublishedPosts(String file, int posts, long skipped, int authors, LocalDate first,
			LocalDate last) throws Exception {
		ArchiveEntries entries = read(ArchiveEntries.resource("realworld/" + file));

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).hasSize(posts);
		assertThat(entries.skipped()).isEqualTo(skipped);
		assertThat(entries.authors()).hasSize(authors);
		assertThat(entries.firstDate()).isEqualTo(first);
		assertThat(entries.lastDate()).isEqualTo(last);
	}

	@Test
	void themeUnitTestAuthorsAreDisplayNamesEvenWithStrayBrackets() throws Exception {
		ArchiveEntries entries = read(ArchiveEntries.resource("realworld/wxr/wp-theme-unit-test-data.xml"));

		// one dc:creator reads ">themereviewteam"
		assertThat(entries.authors()).containsExactly("Theme Buster", "Theme Reviewer");
		// the post without a title is titled with its first sentence
		assertThat(entries.posts()).extracting(Post::title)
			.containsOnlyOnce("This post has no title, but it still must link to the single post view somehow.")
			.doesNotContain("", "(untitled)");
	}

	@Test
	void bitcoinFrancePostKeepsItsFrenchTextCategoriesAndItemLine() throws Exception {
		Post first = read(ArchiveEntries.resource("realworld/wxr/fr-bitcoin-france-e-ducat.wordpress.xml")).posts()
			.get(0);

		assertThat(first.line()).isEqualTo(8920);
		assertThat(first.title()).isEqualTo("Le chemin de Goldman Sachs à la BCE passe-t-il par la Grèce ?");
		assertThat(first.author()).isEqualTo("Boussac");
		assertThat(first.date()).isEqualTo(LocalDate.of(2011, 10, 31));
		assertThat(first.categories()).containsExactly("Economie");
		assertThat(first.body()).startsWith("Mario Draghi succède à J-C Trichet").doesNotContain("<", "&rsquo;");
	}

	@Test
	void itemFieldsBecomeAPost() throws Exception {
		Path file = write("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
					xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="https://wordpress.org/export/1.2/">
				<channel>
					<wp:author><wp:author_login><![CDATA[yann]]></wp:author_login><wp:author_display_name><![CDATA[Yann Gourvennec]]></wp:author_display_name></wp:author>
					<item>
						<title>Twitter &amp; la crise</title>
						<pubDate>Fri, 20 Mar 2009 09:00:00 +0000</pubDate>
						<dc:creator><![CDATA[yann]]></dc:creator>
						<content:encoded><![CDATA[Premier paragraphe avec&nbsp;espace.

				[caption id="attachment_1" align="alignleft" width="300"]<img src="a.jpg" /> Une légende[/caption]
				<script>alert('x')</script><style>p {}</style>
				[gallery ids="1,2,3"]
				Dernier paragraphe.]]></content:encoded>
						<wp:post_date><![CDATA[2009-03-20 10:00:00]]></wp:post_date>
						<wp:status><![CDATA[publish]]></wp:status>
						<wp:post_type><![CDATA[post]]></wp:post_type>
						<category domain="category" nicename="twitter"><![CDATA[Twitter]]></category>
						<category domain="post_tag" nicename="crise"><![CDATA[crise]]></category>
						<wp:comment><wp:comment_content><![CDATA[Un commentaire]]></wp:comment_content></wp:comment>
					</item>
				</channel>
				</rss>
				""");

		ArchiveEntries entries = read(file);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).singleElement().satisfies((post) -> {
			assertThat(post.line()).isEqualTo(6);
			assertThat(post.title()).isEqualTo("Twitter & la crise");
			assertThat(post.author()).isEqualTo("Yann Gourvennec");
			assertThat(post.date()).isEqualTo(LocalDate.of(2009, 3, 20));
			assertThat(post.body()).isEqualTo("Premier paragraphe avec\u00A0espace.\n\nUne légende\n\nDernier paragraphe.");
			assertThat(post.categories()).containsExactly("Twitter", "crise");
			assertThat(post.words()).isEqualTo(4 + 8);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "draft", "pending", "private", "future", "trash", "inherit" })
	void unpublishedItemsAreSkippedNotRejected(String status) throws Exception {
		ArchiveEntries entries = read(write(export(item("post", status, "2009-03-20 10:00:00", "Mon, 30 Nov -0001 00:00:00 +0000"))));

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.skipped()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page", "attachment", "nav_menu_item", "wpcf7_contact_form" })
	void otherPostTypesAreSkipped(String type) throws Exception {
		ArchiveEntries entries = read(write(export(item(type, "publish", "2009-03-20 10:00:00", ""))));

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.skipped()).isEqualTo(1);
	}

	@Test
	void publishedPostDatedAfterTodayIsSkipped() throws Exception {
		ArchiveEntries entries = read(write(export(item("post", "publish", "2030-01-01 00:00:00", ""))));

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.skipped()).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			'0000-00-00 00:00:00', 'Fri, 20 Mar 2009 09:00:00 +0000', 2009-03-20
			'',                    'Sat, 21 Mar 2009 09:00:00 +0000', 2009-03-21
			'2009-03-22 23:30:00', 'Sun, 22 Mar 2009 22:30:00 +0000', 2009-03-22
			""")
	void postDateFallsBackToPubDate(String postDate, String pubDate, LocalDate expected) throws Exception {
		ArchiveEntries entries = read(write(export(item("post", "publish", postDate, pubDate))));

		assertThat(entries.posts()).singleElement().extracting(Post::date).isEqualTo(expected);
	}

	@Test
	void postWithoutAnyDateIsRejected() throws Exception {
		ArchiveEntries entries = read(write(export(item("post", "publish", "0000-00-00 00:00:00", ""))));

		assertThat(entries.rejects()).containsExactly(new Reject("export.xml", 5, "unreadable date '0000-00-00 00:00:00'"));
	}

	@Test
	void truncatedExportKeepsThePostsBeforeAndRejectsWhereParsingStopped() throws Exception {
		String whole = export(item("post", "publish", "2009-03-20 10:00:00", "") + item("post", "publish",
				"2009-03-21 10:00:00", "") + item("post", "publish", "2009-03-22 10:00:00", ""));
		// cut in the middle of the third item, which starts at line 21
		String truncated = whole.substring(0, whole.indexOf("<wp:status>", whole.indexOf("2009-03-22")));
		long lastLine = truncated.lines().count();

		ArchiveEntries entries = read(write(truncated));

		assertThat(entries.posts()).extracting(Post::date)
			.containsExactly(LocalDate.of(2009, 3, 20), LocalDate.of(2009, 3, 21));
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(lastLine);
			assertThat(reject.reason()).startsWith("XML not well-formed at line " + lastLine + ", reading stopped: ");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "security/xxe-passwd.xml", "security/billion-laughs.xml" })
	void exportDeclaringADtdIsRejectedWithoutReadingAnything(String file) throws Exception {
		ArchiveEntries entries = read(ArchiveEntries.resource(file));

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).singleElement()
			.extracting(Reject::reason)
			.isEqualTo("XML declares a DTD (external entities are refused)");
		assertThat(entries.rejects().toString()).doesNotContain("root:", "lollol");
	}

	@Test
	void textLongerThanTheLimitIsCutAndTheItemsAfterItAreRead() throws Exception {
		String content = "<![CDATA[<p>Début.</p><p>" + "a".repeat(60) + "]]>" + "b&amp;".repeat(30) + "<![CDATA[</p>]]>";
		Path file = write(export(item("post", "publish", "2009-03-20 10:00:00", "").replace("<p>Un texte.</p>", "]]>"
				+ content + "<![CDATA[").replace("Un titre", "T".repeat(150)) + item("post", "publish", "2009-03-21 10:00:00", "")));
		WxrArchiveParser parser = new WxrArchiveParser(file, "export.xml", TODAY, 100);

		ArchiveEntries entries = ArchiveEntries.read(parser);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title).containsExactly("T".repeat(100), "Un titre");
		assertThat(entries.posts().get(0).body()).isEqualTo("Début.\n\n" + "a".repeat(60) + "b&".repeat(12));
		assertThat(parser.cut()).isOne();
	}

	@Test
	void hundredMegabyteContentIsCutToAMillionCharacters() throws Exception {
		Path file = this.dir.resolve("export.xml");
		String[] around = export(item("post", "publish", "2009-03-20 10:00:00", "").replace("<p>Un texte.</p>",
				"<p>Une image :</p><img src=\"data:image/png;base64,@\"><p>Fin.</p>")
				+ item("post", "publish", "2009-03-21 10:00:00", "").replace("Un titre", "Après")).split("@");
		try (java.io.Writer out = Files.newBufferedWriter(file)) {
			out.write(around[0]);
			char[] base64 = "QUJDRA==".repeat(1024).toCharArray();
			for (long written = 0; written < 100_000_000; written += base64.length) {
				out.write(base64);
			}
			out.write(around[1]);
		}
		WxrArchiveParser parser = new WxrArchiveParser(file, "export.xml", TODAY);

		ArchiveEntries entries = ArchiveEntries.read(parser);

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).extracting(Post::title).containsExactly("Un titre", "Après");
		assertThat(entries.posts().get(0).body()).isEqualTo("Une image :");
		assertThat(parser.cut()).isOne();
	}

	private ArchiveEntries read(Path file) throws Exception {
		return ArchiveEntries.read(new WxrArchiveParser(file, file.getFileName().toString(), TODAY));
	}

	private Path write(String content) throws Exception {
		return Files.writeString(this.dir.resolve("export.xml"), content);
	}

	private static String export(String items) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
					xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
				<channel>
				""" + items + """
				</channel>
				</rss>
				""";
	}

	private static String item(String type, String status, String postDate, String pubDate) {
		return """
					<item>
						<title>Un titre</title>
						<pubDate>%s</pubDate>
						<dc:creator>admin</dc:creator>
						<content:encoded><![CDATA[<p>Un texte.</p>]]></content:encoded>
						<wp:post_date>%s</wp:post_date>
						<wp:status>%s</wp:status>
						<wp:post_type>%s</wp:post_type>
					</item>
				""".formatted(pubDate, postDate, status, type);
	}

}
