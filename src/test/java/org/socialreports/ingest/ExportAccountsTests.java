package org.socialreports.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExportAccountsTests {

	@ParameterizedTest
	@CsvSource({ "hkabla/tweets.js, hkabla", "hkabla/data/tweets.js, hkabla", "accounts/hkabla/twitter.zip, hkabla",
			"accounts/hkabla/twitter.zip!/data/tweets.js, hkabla",
			"hkabla/your_activity_across_facebook/posts/your_posts_1.json, hkabla",
			"yann/your_instagram_activity/content/posts_1.json, yann", "tweets.js, ''", "data/tweets.js, ''",
			"twitter.zip!/data/tweets.js, ''" })
	void anExportWithoutItsAccountFileIsTheAccountOfTheFolderHoldingIt(String source, String account) {
		assertThat(ExportAccounts.ofFolder(source).name()).isEqualTo(account);
	}

	@ParameterizedTest
	@CsvSource({ "x-tweets-hkabla.js, x-tweets-hkabla", "tweets.js, archive-hkabla", "Shares.csv, archive-hkabla",
			"your_posts_1.json, archive-hkabla", "tweets-part1.js, archive-hkabla" })
	void anExportStraightInTheInputFolderIsItsFilesOrItsFolders(String name, String account) {
		java.nio.file.Path file = java.nio.file.Path.of("/srv/archive-hkabla").resolve(name);

		assertThat(ExportAccounts.ofFileName(file, name).name()).isEqualTo(account);
	}

}
