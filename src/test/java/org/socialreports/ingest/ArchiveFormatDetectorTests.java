package org.socialreports.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveFormatDetectorTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource(textBlock = """
			realworld/wxr/wp-theme-unit-test-data.xml,               WXR
			realworld/wxr/fr-bitcoin-france-e-ducat.wordpress.xml,   WXR
			realworld/feeds/fr-sametmax-wordpress-rss2.xml,          FEED
			realworld/feeds/fr-universfreebox-rss092-iso8859-1.xml,  FEED
			realworld/feeds/fr-la-grange-atom.xml,                   FEED
			realworld/feeds/fr-planete-jquery-rss1-rdf.xml,          FEED
			realworld/feeds/en-darrenherman-marketing-2009.xml,      FEED
			security/xxe-passwd.xml,                                 WXR
			security/xxe-passwd-feed.rss,                            FEED
			security/billion-laughs.xml,                             WXR
			""")
	void realFilesAreRecognisedByContent(String file, ArchiveFormat format) throws Exception {
		assertThat(ArchiveFormatDetector.detect(ArchiveEntries.resource(file)).format()).isEqualTo(format);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a.dat   | \\uFEFF  [{"title": "x"}]                                                  | JSON
			a.dat   | {"title": "x"}                                                          | JSON_LINES
			a.dat   | {"version": "https://jsonfeed.org/version/1", "items": []}              | JSON_FEED
			a.dat   | title;date;texte                                                        | CSV
			a.dat   | title,author,date,text                                                  | CSV
			a.dat   | Titre;Auteur;Date;Contenu                                               | CSV
			a.csv   | nom;prénom                                                              | CSV
			a.dat   | Un titre\\nDu texte\\nUn titre was last modified: mars 20th, 2009 by moi  | TEXT
			a.txt   | Du texte sans pied de page                                              | TEXT
			a.dat   | Du texte sans pied de page                                              | UNSUPPORTED
			a.xml   | <html><body>page</body></html>                                          | UNSUPPORTED
			a.xml   | <?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom"/> | FEED
			a.xml   | <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>      | FEED
			a.xml   | <rss xmlns:wp="https://wordpress.org/export/1.2/"/>                     | WXR
			a.xml   | <rss version="2.0"><channel/></rss>                                     | FEED
			a.dat   | ''                                                                      | TEXT
			""")
	void formatComesFromTheFirstBytes(String name, String content, ArchiveFormat format) throws Exception {
		String text = content.replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
		Path file = Files.writeString(this.dir.resolve(name), text, StandardCharsets.UTF_8);

		assertThat(ArchiveFormatDetector.detect(file).format()).isEqualTo(format);
	}

	@Test
	void binaryFileIsUnsupportedUnlessNamedAsText() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

		assertThat(ArchiveFormatDetector.detect(Files.write(this.dir.resolve("a.png"), png)))
			.isEqualTo(new ArchiveFormatDetector.Detection(ArchiveFormat.UNSUPPORTED, "binary content", null));
		assertThat(ArchiveFormatDetector.detect(Files.write(this.dir.resolve("a.txt"), png)).format())
			.isEqualTo(ArchiveFormat.TEXT);
	}

	@Test
	void unsupportedFileIsOneRejectNotACrash() throws Exception {
		Path file = Files.writeString(this.dir.resolve("page.html"), "<html><body>Bonjour</body></html>");

		assertThat(ArchiveEntries.read(ArchiveParsers.open(file, "page.html")).rejects())
			.containsExactly(new Reject("page.html", 0, "unsupported format (XML root element <html>)"));
	}

	@Test
	void theFilesOfAnExportThatHoldNoPostsArePassedOver() throws Exception {
		Files.createDirectories(this.dir.resolve("x/data"));
		Path likes = Files.writeString(this.dir.resolve("x/data/like.js"), "window.YTD.like.part0 = [ ]");
		Path tweets = Files.writeString(this.dir.resolve("x/data/tweets.js"), "window.YTD.tweets.part0 = [ ]");
		Path account = Files.writeString(this.dir.resolve("x/data/account.js"), "window.YTD.account.part0 = [ ]");
		Path actor = Files.writeString(this.dir.resolve("actor.json"), "{\"type\": \"Person\", \"name\": \"Anne\"}");
		Files.createDirectories(this.dir.resolve("linkedin"));
		Files.writeString(this.dir.resolve("linkedin/Profile.csv"), "First Name,Last Name\nAnne,Martin\n");
		Files.writeString(this.dir.resolve("linkedin/Shares.csv"), "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
		Path connections = Files.writeString(this.dir.resolve("linkedin/Connections.csv"), "First Name,Last Name\n");

		for (Path file : new Path[] { likes, account, actor, connections }) {
			assertThat(ArchiveFormatDetector.detect(file).format()).as(file.toString()).isEqualTo(ArchiveFormat.PASSED_OVER);
		}
		assertThat(ArchiveFormatDetector.detect(tweets).format()).isEqualTo(ArchiveFormat.SOCIAL);
		assertThat(ArchiveFormatDetector.detect(this.dir.resolve("linkedin/Shares.csv")).social())
			.isEqualTo(org.socialreports.ingest.social.SocialFormat.LINKEDIN_SHARES);
	}

	@Test
	void jsonOfAnUnknownShapeIsOneRejectThatSaysWhatItHolds() throws Exception {
		Path feed = Files.writeString(this.dir.resolve("saved.json"), "{\"feed\": 3, \"cursor\": \"x\"}");
		Path list = Files.writeString(this.dir.resolve("list.json"), "[{\"id\": 1, \"score\": 2}]");

		assertThat(ArchiveFormatDetector.detect(feed)).isEqualTo(new ArchiveFormatDetector.Detection(
				ArchiveFormat.UNSUPPORTED, "JSON of an unknown shape: top-level keys feed, cursor", null));
		assertThat(ArchiveFormatDetector.detect(list).detail())
			.isEqualTo("JSON of an unknown shape: an array of objects with keys id, score");
	}

	@Test
	void aBlueskyRepositoryExportIsOneRejectThatSaysWhatToGiveInstead() throws Exception {
		Path car = Files.write(this.dir.resolve("repo.car"), new byte[] { 0x3a, (byte) 0xa2, 0x65, 'r', 'o', 'o', 't', 's' });

		assertThat(ArchiveFormatDetector.detect(car)).isEqualTo(new ArchiveFormatDetector.Detection(
				ArchiveFormat.UNSUPPORTED, ArchiveFormatDetector.BLUESKY_REPOSITORY, null));
	}

}
