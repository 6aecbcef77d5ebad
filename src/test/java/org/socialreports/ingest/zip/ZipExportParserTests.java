package org.socialreports.ingest.zip;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.socialreports.ingest.ArchiveEntries;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.ArchiveParsers;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports zipped as people download them are read in place, entry by entry, as the same files
 * unzipped would be; media and private messages are passed over; an entry that leaves the
 * archive or inflates like a bomb is a reject, never a crash or a file on disk.
 */
class ZipExportParserTests {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "x, data/tweets.js=x/data/tweets.js;data/account.js=x/data/account.js, data/tweets.js",
			"mastodon, outbox.json=mastodon/outbox.json;actor.json=mastodon/actor.json, outbox.json",
			"linkedin, Shares.csv=linkedin/Shares.csv;Profile.csv=linkedin/Profile.csv, Shares.csv",
			"facebook, your_activity_across_facebook/posts/your_posts_1.json=facebook/your_posts_1.json, "
					+ "your_activity_across_facebook/posts/your_posts_1.json",
			"instagram, your_instagram_activity/content/posts_1.json=instagram/posts_1.json, "
					+ "your_instagram_activity/content/posts_1.json",
			"threads, your_instagram_activity/threads/threads_and_replies.json=threads/threads_and_replies.json, "
					+ "your_instagram_activity/threads/threads_and_replies.json",
			"bluesky, author-feed.json=bluesky/author-feed.json, author-feed.json" })
	void anExportReadInItsZipGivesThePostsOfItsFilesUnzipped(String network, String members, String posts)
			throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		Path unzipped = Files.createDirectories(this.folder.resolve("unzipped/" + network));
		for (String member : members.split(";")) {
			String[] names = member.split("=");
			byte[] bytes = Files.readAllBytes(fixture(names[1]));
			entries.put(names[0], bytes);
			Path file = unzipped.resolve(names[0]);
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
		}
		entries.put("media/photo-1.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2, 3 });
		entries.put("messages/inbox/friend/message_1.json", "[{\"timestamp\": 1, \"data\": [{\"post\": \"private\"}]}]"
			.getBytes(StandardCharsets.UTF_8));
		Path zip = zip(network + ".zip", entries);

		ArchiveEntries fromZip = read(zip, "accounts/" + network + ".zip");
		ArchiveEntries fromFiles = read(unzipped.resolve(posts), "accounts/" + network + "/" + posts);

		assertThat(fromZip.posts()).isNotEmpty();
		assertThat(fromZip.rejects()).extracting(Reject::line, Reject::reason)
			.containsExactlyElementsOf(fromFiles.rejects().stream().map((reject) -> org.assertj.core.groups.Tuple
				.tuple(reject.line(), reject.reason())).toList());
		assertThat(fromZip.posts()).extracting(Post::source).containsOnly("accounts/" + network + ".zip!/" + posts);
		assertThat(fromZip.posts()).extracting(Post::title, Post::date, Post::body, Post::engagement)
			.containsExactlyElementsOf(fromFiles.posts().stream().map((post) -> org.assertj.core.groups.Tuple
				.tuple(post.title(), post.date(), post.body(), post.engagement())).toList());
		// the export's account file names the author; without one, the folder holding the export
		assertThat(fromZip.posts().get(0).author()).isEqualTo(fromFiles.posts().get(0).author().equals(network)
				? "accounts" : fromFiles.posts().get(0).author());
		assertThat(fromZip.skipped()).isEqualTo(fromFiles.skipped());
		assertThat(fromZip.posts()).noneMatch((post) -> post.body().contains("private"));
	}

	@Test
	void anEntryWhoseNameLeavesTheArchiveIsARejectAndTheOthersAreRead() throws Exception {
		Path zip = zip("x.zip", Map.of("../../etc/tweets.js", bytes("x/data/tweets.js"), "data/tweets.js",
				bytes("x/data/tweets.js"), "data/account.js", bytes("x/data/account.js")));

		ArchiveEntries entries = read(zip, "x.zip");

		assertThat(entries.rejects()).filteredOn((reject) -> reject.source().contains("etc")).singleElement().satisfies((reject) -> {
			assertThat(reject.source()).isEqualTo("x.zip!/../../etc/tweets.js");
			assertThat(reject.reason()).isEqualTo("zip entry whose name leaves the archive (../../etc/tweets.js); not read");
		});
		assertThat(entries.posts()).isNotEmpty().extracting(Post::source).containsOnly("x.zip!/data/tweets.js");
		assertThat(ZipExportParser.leavesTheArchive("data/../tweets.js")).isFalse();
		assertThat(ZipExportParser.leavesTheArchive("/etc/passwd")).isTrue();
		assertThat(ZipExportParser.leavesTheArchive("C:\\windows\\tweets.js")).isTrue();
	}

	@Test
	void anEntryThatInflatesLikeABombIsARejectReadNoFurtherThanItsAllowance() throws Exception {
		Path zip = this.folder.resolve("bomb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("data/tweets.js"));
			out.write("window.YTD.tweets.part0 = [".getBytes(StandardCharsets.US_ASCII));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			// 200 MB of spaces: a few hundred kilobytes once deflated
			for (int i = 0; i < 200; i++) {
				out.write(spaces);
			}
			out.closeEntry();
			out.putNextEntry(new ZipEntry("data/account.js"));
			out.write(bytes("x/data/account.js"));
			out.closeEntry();
		}
		assertThat(Files.size(zip)).isLessThan(2 << 20);

		ArchiveEntries entries = read(zip, "bomb.zip");

		assertThat(entries.posts()).isEmpty();
		assertThat(entries.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.source()).isEqualTo("bomb.zip!/data/tweets.js");
			assertThat(reject.reason()).startsWith("zip entry data/tweets.js inflates past ")
				.endsWith(" bytes (a zip bomb, or not an export); not read");
		});
	}

	@Test
	void aZipWithoutAnExportIsOneRejectThatSaysWhatItHolds() throws Exception {
		Path zip = zip("photos.zip", Map.of("a.jpg", new byte[] { 1, 2 }, "notes.txt", bytes("x/data/account.js")));

		ArchiveEntries entries = read(zip, "photos.zip");

		assertThat(entries.rejects()).extracting(Reject::reason)
			.containsExactly("zip archive holding no export the job reads (entries: a.jpg, notes.txt)");
	}

	@Test
	void aDamagedZipIsOneReject() throws Exception {
		Path zip = Files.write(this.folder.resolve("broken.zip"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2, 3 });

		assertThat(read(zip, "broken.zip").rejects()).extracting(Reject::reason)
			.singleElement()
			.asString()
			.startsWith("not a readable zip archive (");
	}

	private static ArchiveEntries read(Path file, String source) throws IOException {
		try (ArchiveParser parser = ArchiveParsers.open(file, source)) {
			return ArchiveEntries.read(parser);
		}
	}

	private Path zip(String name, Map<String, byte[]> entries) throws IOException {
		Path zip = this.folder.resolve(name);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	private static byte[] bytes(String fixture) throws IOException, URISyntaxException {
		return Files.readAllBytes(fixture(fixture));
	}

	private static Path fixture(String name) throws URISyntaxException {
		return Path.of(ZipExportParserTests.class.getResource("/ingest/social/" + name).toURI());
	}

}
