package org.socialreports.ingest.tabular;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.socialreports.ingest.ArchiveEntries;
import org.socialreports.ingest.ArchiveFormat;
import org.socialreports.ingest.ArchiveFormatDetector;
import org.socialreports.ingest.ArchiveParsers;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;
import static org.assertj.core.api.Assertions.assertThat;

class JsonFeedParserTests {

	@TempDir
	Path dir;

	@Test
	void itemsOfAVersionOneOneFeedArePostsOfTheFeedNetwork() throws Exception {
		ArchiveEntries entries = read("""
				{
				  "version": "https://jsonfeed.org/version/1.1",
				  "title": "Le blog de Léa",
				  "authors": [{"name": "Léa Martin", "url": "https://lea.example"}],
				  "items": [
				    {
				      "id": "1",
				      "url": "https://lea.example/2024/twitter ",
				      "title": "Twitter en entreprise",
				      "content_html": "<p>Un paragraphe.</p><p>Un autre &amp; fin.</p>",
				      "content_text": "  Le texte brut.\\r\\nSur deux lignes.  ",
				      "date_published": "2024-03-20T10:00:00+01:00",
				      "authors": [{"url": "https://x.example"}, {"name": "Hélène"}],
				      "tags": ["twitter", 3, "entreprise"]
				    },
				    {
				      "id": "2",
				      "title": {"not": "a string"},
				      "content_html": "<p>Du <b>HTML</b> seulement.</p>",
				      "date_modified": "2024-04-01T08:00:00Z"
				    }
				  ]
				}
				""");

		assertThat(entries.rejects()).isEmpty();
		assertThat(entries.posts()).hasSize(2);
		Post first = entries.posts().get(0);
		assertThat(first.line()).isEqualTo(6);
		assertThat(first.title()).isEqualTo("Twitter en entreprise");
		assertThat(first.author()).isEqualTo("Hélène");
		assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 20));
		assertThat(first.body()).isEqualTo("Le texte brut.\nSur deux lignes.");
		assertThat(first.categories()).containsExactly("twitter", "entreprise");
		assertThat(first.origin().network()).isEqualTo(Network.FEED);
		assertThat(first.origin().url()).isEqualTo("https://lea.example/2024/twitter");
		Post second = entries.posts().get(1);
		// an item without an author is the feed's; a title of the wrong kind is none
		assertThat(second.author()).isEqualTo("Léa Martin");
		assertThat(second.title()).isEqualTo("Du HTML seulement.");
		assertThat(second.body()).isEqualTo("Du HTML seulement.");
		assertThat(second.date()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(second.origin().url()).isNull();
	}

	@Test
	void aVersionOneFeedNamesItsAuthorOnceAndMayDoSoAfterItsItems() throws Exception {
		ArchiveEntries entries = read("""
				{"version": "https://jsonfeed.org/version/1", "title": "Site",
				 "items": [{"id": "1", "title": "A", "summary": "Un résumé.", "date_published": "2010-02-07"}],
				 "author": {"name": "Yann"}}
				""");

		assertThat(entries.posts()).singleElement().satisfies((post) -> {
			assertThat(post.author()).isEqualTo("Yann");
			assertThat(post.body()).isEqualTo("Un résumé.");
		});
	}

	@Test
	void aFeedThatNamesNoAuthorSignsItsPostsWithItsTitle() throws Exception {
		ArchiveEntries entries = read("""
				{"version": "https://jsonfeed.org/version/1.1", "title": "Le journal",
				 "items": [{"id": "1", "title": "A", "content_text": "Texte.", "date_published": "2010-02-07"}]}
				""");

		assertThat(entries.posts()).extracting(Post::author).containsExactly("Le journal");
	}

	@Test
	void itemsThatCannotBePostsAreRejectsAtTheirLines() throws Exception {
		ArchiveEntries entries = read("""
				{"version": "https://jsonfeed.org/version/1.1", "title": "Site", "items": [
				{"id": "1", "title": "Sans date", "content_text": "Texte."},
				"pas un objet",
				{"id": "3", "title": "Date illisible", "content_text": "Texte.", "date_published": "hier"},
				{"id": "4", "content_text": "  ", "date_published": "2010-02-07"},
				{"id": "5", "title": "Bon", "content_text": "Texte.", "date_published": "2010-02-07"}
				]}
				""");

		assertThat(entries.posts()).extracting(Post::title).containsExactly("Bon");
		assertThat(entries.rejects()).containsExactly(new Reject("feed.json", 2, "no date"),
				new Reject("feed.json", 3, "item is not an object"),
				new Reject("feed.json", 4, "unreadable date 'hier'"),
				new Reject("feed.json", 5, "empty post: no title and no text"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Site\"}",
			"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": {\"id\": \"1\"}}" })
	void aFeedWithoutAnArrayOfItemsIsOneReject(String feed) throws Exception {
		assertThat(read(feed).rejects()).extracting(Reject::reason).containsExactly("JSON Feed without items");
	}

	@Test
	void aBrokenFeedKeepsTheItemsBeforeTheBreak() throws Exception {
		ArchiveEntries entries = read("""
				{"version": "https://jsonfeed.org/version/1.1", "title": "Site", "items": [
				{"id": "1", "title": "A", "content_text": "Un.", "date_published": "2010-02-07"},
				{"id": "2", "title": "B", "content_text": "De
				""");

		assertThat(entries.posts()).extracting(Post::title).containsExactly("A");
		assertThat(entries.rejects()).singleElement()
			.satisfies((reject) -> assertThat(reject.reason()).startsWith("JSON not well-formed at line 3, reading stopped: "));
	}

	@Test
	void aJsonFeedIsRecognisedByItsVersionWhateverItsName() throws Exception {
		Path file = Files.writeString(this.dir.resolve("index.txt"), """
				{"version": "https://jsonfeed.org/version/1.1", "title": "Site", "items": []}
				""", StandardCharsets.UTF_8);
		Path lines = Files.writeString(this.dir.resolve("posts.jsonl"), """
				{"title": "A", "text": "It quotes \\"version\\": \\"https://jsonfeed.org/version/1\\"", "author": "X", "date": "2010-02-07"}
				""", StandardCharsets.UTF_8);

		assertThat(ArchiveFormatDetector.detect(file).format()).isEqualTo(ArchiveFormat.JSON_FEED);
		assertThat(ArchiveFormatDetector.detect(lines).format()).isEqualTo(ArchiveFormat.JSON_LINES);
		assertThat(ArchiveEntries.read(ArchiveParsers.open(file, "index.txt")).rejects()).isEmpty();
	}

	private ArchiveEntries read(String feed) throws Exception {
		Path file = Files.writeString(this.dir.resolve("feed.json"), feed, StandardCharsets.UTF_8);
		return ArchiveEntries.read(new JsonFeedParser(file, "feed.json"));
	}

}
