package org.socialreports.ingest.xml;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialreports.DefaultLocale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import org.socialreports.ingest.ArchiveEntries;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;

@DefaultLocale("fr-FR")
class FeedArchiveParserTests {

	@TempDir
	Path dir;

	// Expected numbers counted with python3 xml.etree, independently of ROME: <item>s (RSS
	// 0.92/2.0 under channel, RSS 1.0 under rdf:RDF) or <entry>s; authors from dc:creator, else
	// the Atom feed's <author><name>, else the channel title; dates from pubDate, dc:date or
	// published, converted to UTC (the same days as written for these feeds).
	@ParameterizedTest
	@CsvSource(textBlock = """
			fr-sametmax-wordpress-rss2.xml,         10, 3, 2013-12-05, 2013-12-15
			fr-universfreebox-rss092-iso8859-1.xml, 30, 1, 2013-03-22, 2013-03-25
			fr-la-grange-atom.xml,                  27, 1, 2014-07-08, 2014-08-06
			fr-planete-jquery-rss1-rdf.xml,         20, 6, 2013-01-28, 2013-03-11
			en-darrenherman-marketing-2009.xml,     10, 1, 2008-12-15, 2009-01-21
			""")
	void realWorldFeedGivesEveryEntry(String file, int posts, int authors, LocalDate first, LocalDate last)
			throws Exception {
		ArchiveEntries entries = read(ArchiveEntries.resource("realworld/feeds/" + file));

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).hasSize(posts);
		assertThat(entries.skipped()).isZero();
		assertThat(entries.authors()).hasSize(authors);
		assertThat(entries.firstDate()).isEqualTo(first);
		assertThat(entries.lastDate()).isEqualTo(last);
	}

	@Test
	void isoLatin1FeedDecodesAccentsAndGuillemets() throws Exception {
		Post first = read(ArchiveEntries.resource("realworld/feeds/fr-universfreebox-rss092-iso8859-1.xml")).posts()
			.get(0);

		assertThat(first.title())
			.isEqualTo("Retour de Xavier Niel sur Twitter, « sans initiative privée, pas de révolution #Born2code »");
		assertThat(first.author()).isEqualTo("Univers Freebox");
		assertThat(first.line()).isEqualTo(1);
		assertThat(first.body()).startsWith("Xavier Niel est de retour sur Twitter ! Le co-fondateur")
			.doesNotContain("\uFFFD");
	}

	@Test
	void atomFeedAuthorStandsForEntriesWithoutOne() throws Exception {
		Post first = read(ArchiveEntries.resource("realworld/feeds/fr-la-grange-atom.xml")).posts().get(0);

		assertThat(first.author()).isEqualTo("Karl Dubost");
		assertThat(first.title()).isEqualTo("Un barrage contre le porche");
		assertThat(first.body()).startsWith("La Saussaye, France, 6 août 2014\n\nSpring had truly arrived.");
	}

	@Test
	void doubleEscapedCategoriesAreDecoded() throws Exception {
		Post third = read(ArchiveEntries.resource("realworld/feeds/en-darrenherman-marketing-2009.xml")).posts().get(2);

		assertThat(third.categories()).contains("Advertising & Marketing", "buzz");
	}

	@Test
	void feedDeclaringADtdIsRejected() throws Exception {
		ArchiveEntries entries = read(ArchiveEntries.resource("security/xxe-passwd-feed.rss"));

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).singleElement()
			.extracting(Reject::reason)
			.isEqualTo("XML declares a DTD (external entities are refused)");
	}

	@Test
	void romeAloneRefusesTheDtdToo() throws Exception {
		String feed = Files.readString(ArchiveEntries.resource("security/xxe-passwd-feed.rss"));

		assertThatException().isThrownBy(() -> new SyndFeedInput().build(new StringReader(feed)))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void truncatedFeedIsOneRejectAtTheLineWhereParsingStopped() throws Exception {
		String feed = Files.readString(ArchiveEntries.resource("realworld/feeds/fr-sametmax-wordpress-rss2.xml"));
		String truncated = feed.substring(0, feed.indexOf("<item>", feed.indexOf("<item>") + 1) + 20);
		long lastLine = truncated.lines().count();

		ArchiveEntries entries = read(Files.writeString(this.dir.resolve("feed.rss"), truncated));

		// a feed is parsed as a whole document: nothing before the break can be recovered
		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(lastLine);
			assertThat(reject.reason()).startsWith("feed not well-formed at line " + lastLine);
		});
	}

	private static ArchiveEntries read(Path file) throws Exception {
		return ArchiveEntries.read(new FeedArchiveParser(file, file.getFileName().toString()));
	}

}
