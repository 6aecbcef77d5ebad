package org.socialreports.ingest.social;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialreports.ingest.ArchiveContent;

import static org.assertj.core.api.Assertions.assertThat;

class SocialExportsTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			x/data/tweets.js,                 X_TWEETS
			x-legacy/tweets.csv,              X_LEGACY_CSV
			mastodon/outbox.json,             MASTODON_OUTBOX
			facebook/your_posts_1.json,       FACEBOOK_POSTS
			instagram/posts_1.json,           INSTAGRAM_POSTS
			threads/threads_and_replies.json, THREADS_POSTS
			linkedin/Shares.csv,              LINKEDIN_SHARES
			bluesky/author-feed.json,         BLUESKY_FEED
			""")
	void everyExportIsRecognisedFromItsContentWhateverItsName(String resource, SocialFormat format) throws Exception {
		byte[] content = Files.readAllBytes(SocialEntries.resource(resource));

		assertThat(SocialExports.recognise("export.dat", content)).contains(format);
		assertThat(SocialExports.recognise(resource, withBom(content))).contains(format);
	}

	@Test
	void aOneLineExportIsRecognisedFromAHeadThatStopsInTheMiddleOfAValue() throws Exception {
		byte[] outbox = Files.readAllBytes(SocialEntries.resource("mastodon/outbox.json"));
		byte[] feed = Files.readAllBytes(SocialEntries.resource("bluesky/author-feed.json"));

		// both cut inside their first entry
		assertThat(SocialExports.recognise("outbox.json", Arrays.copyOf(outbox, 600))).contains(SocialFormat.MASTODON_OUTBOX);
		assertThat(SocialExports.recognise("feed.json", Arrays.copyOf(feed, 300))).contains(SocialFormat.BLUESKY_FEED);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"[{\"title\": \"T\", \"author\": \"A\", \"date\": \"2009-03-20\", \"text\": \"Du texte\"}]",
			"[{\"titre\": \"T\", \"auteur\": {\"name\": \"A\"}, \"published\": \"2009-03-20\", \"content\": \"<p>x</p>\"}]",
			"{\"title\": \"T\", \"author\": \"A\", \"date\": \"2009-03-20\", \"text\": \"Du texte\"}",
			"[]",
			"{\"feed\": [], \"cursor\": \"x\"}",
			"{\"@context\": \"https://www.w3.org/ns/activitystreams\", \"type\": \"OrderedCollection\", \"orderedItems\": [\"https://a.example/1\"]}",
			"window.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"1\" } } ]",
			"title,author,date,text\nT,A,2009-03-20,Du texte\n",
			"Date,ShareLink\n2025-07-01,https://www.linkedin.com/feed/update/1\n",
			"Un texte quelconque" })
	void genericPostsAndOtherFilesAreNoSocialExport(String content) {
		assertThat(SocialExports.recognise("posts.json", content.getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			your_posts_1.json,          FACEBOOK_POSTS
			data/profile_posts_2.json,  FACEBOOK_POSTS
			content/posts_1.json,       INSTAGRAM_POSTS
			""")
	void anEmptyArrayIsAnExportOnlyByItsName(String name, SocialFormat format) {
		assertThat(SocialExports.recognise(name, "[ ]".getBytes(StandardCharsets.UTF_8))).contains(format);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"feed": [], "cursor": "x"}                       | JSON of an unknown shape: top-level keys feed, cursor
			[{"title": "T", "author": "A"}, {"title": "U"}]   | JSON of an unknown shape: an array of objects with keys title, author
			[1, 2]                                            | JSON of an unknown shape: an array of numbers
			[]                                                | an empty JSON array
			"texte"                                           | JSON of an unknown shape: a single string
			{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13} | JSON of an unknown shape: top-level keys a, b, c, d, e, f, g, h, i, j, k, l, …
			window.YTD.direct_messages.part0 = []             | X archive file window.YTD.direct_messages, which holds no tweets
			<html>                                            | not JSON
			""")
	void anUnknownJsonIsDescribedByItsShape(String content, String description) {
		assertThat(SocialExports.describeUnknownJson(content.getBytes(StandardCharsets.UTF_8))).isEqualTo(description);
	}

	@Test
	void accountFilesNameTheAccount() throws Exception {
		assertThat(SocialExports.xAccount(resource("x/data/account.js")))
			.contains(new Account("Amélie Durand", "amelie_durand"));
		assertThat(SocialExports.mastodonActor(resource("mastodon/actor.json")))
			.contains(new Account("Amélie Durand", "amelie"));
		assertThat(SocialExports.linkedInProfile(resource("linkedin/Profile.csv")))
			.contains(new Account("Amélie Durand", null));
	}

	@Test
	void anAccountFileThatNamesNoOneGivesNoAccount() throws Exception {
		assertThat(SocialExports.xAccount(content("window.YTD.account.part0 = [ ]"))).isEmpty();
		assertThat(SocialExports.xAccount(content("window.YTD.account.part0 = [ {"))).isEmpty();
		assertThat(SocialExports.mastodonActor(content("{\"type\": \"Person\", \"name\": \"\"}"))).isEmpty();
		assertThat(SocialExports.linkedInProfile(content("First Name,Last Name\n"))).isEmpty();
	}

	@Test
	void aMastodonActorWithoutADisplayNameSignsWithItsUsername() throws Exception {
		Optional<Account> account = SocialExports
			.mastodonActor(content("{\"type\": \"Person\", \"preferredUsername\": \"amelie\", \"name\": \"\"}"));

		assertThat(account).map(Account::name).contains("amelie");
	}

	@Test
	void formatsThatNeedAnAccountNameTheFileThatHoldsIt() {
		assertThat(SocialFormat.X_TWEETS.accountFile()).contains("account.js");
		assertThat(SocialFormat.MASTODON_OUTBOX.accountFile()).contains("actor.json");
		assertThat(SocialFormat.LINKEDIN_SHARES.accountFile()).contains("Profile.csv");
		assertThat(SocialFormat.BLUESKY_FEED.accountFile()).isEmpty();
	}

	private static byte[] withBom(byte[] content) {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] both = Arrays.copyOf(bom, bom.length + content.length);
		System.arraycopy(content, 0, both, bom.length, content.length);
		return both;
	}

	private static ArchiveContent resource(String name) {
		return ArchiveContent.of(SocialEntries.resource(name));
	}

	private static ArchiveContent content(String text) {
		return () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
