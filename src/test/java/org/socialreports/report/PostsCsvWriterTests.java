package org.socialreports.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.Theme;

import static org.assertj.core.api.Assertions.assertThat;

class PostsCsvWriterTests {

	@TempDir
	Path folder;

	// the text as written, quoted where CSV needs it: the CSV files are for programs (README)
	@Test
	void writesOneRowPerPostWithEveryScoreToFourPlacesRoundedHalfUp() throws IOException {
		Map<Theme, Double> scores = new LinkedHashMap<>();
		scores.put(ShippedThemes.TWITTER_USAGE, 1.00005);
		scores.put(ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.0);
		scores.put(ShippedThemes.CORPORATE_BLOGGING, -0.0);
		scores.put(ShippedThemes.CRISIS_COMMUNICATION, 0.123449);
		ClassifiedPost classified = new ClassifiedPost("2009/mars.txt", 12, "=1+1, «tweet»", "Yann Gourvennec",
				LocalDate.of(2009, 3, 21), 250, List.of("médias sociaux", "stratégie"),
				new Classification(ShippedThemes.TWITTER_USAGE, 1.00005, scores, List.of("twitter", "tweet")));
		ClassifiedPost unclassified = new ClassifiedPost("2009/mars.txt", 40, "Rien", "Zoé", LocalDate.of(2009, 3, 23),
				3, List.of(), new Classification(Theme.UNCLASSIFIED, 0.0, Map.of(), List.of()));
		Path target = this.folder.resolve("posts.csv");

		new PostsCsvWriter().write(new ReportContent(Locale.ENGLISH, LocalDate.of(2026, 11, 24), ShippedThemes.THEMES,
				List.of(), Map.of(), List.of(),
				(action) -> List.of(classified, unclassified).forEach(action)), target);

		assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).containsExactly(
				"source,line,title,author,date,month,theme,score,score_twitter_usage,score_social_network_security,"
						+ "score_corporate_blogging,score_crisis_communication,matched_terms,categories,words,entry,network,kind,url,"
						+ "language,likes,reposts,replies,set_by_hand",
				"2009/mars.txt,12,\"'=1+1, «tweet»\",Yann Gourvennec,2009-03-21,2009-03,twitter-usage,1.0001,1.0001,"
						+ "0.0000,0.0000,0.1234,twitter; tweet,médias sociaux; stratégie,250,12,blog,post,,,,,,false",
				"2009/mars.txt,40,Rien,Zoé,2009-03-23,2009-03,unclassified,0.0000,0.0000,0.0000,0.0000,0.0000,,,3,40,blog,post,,,,,,false");
	}

	@ParameterizedTest
	@CsvSource({ "0.5, 0.5000", "12.0, 12.0000", "0.00005, 0.0001", "0.00004999, 0.0000", "1.23455, 1.2346",
			"1.23454999, 1.2345", "9.99995, 10.0000", "99999.99999, 100000.0000", "0.001, 0.0010", "0.0009, 0.0009",
			"12345678.123456, 12345678.1235", "-0.5, -0.5000", "-1.00005, -1.0001" })
	void roundsAScoreToFourPlacesHalfUp(double score, String expected) {
		assertThat(PostsCsvWriter.score(score)).isEqualTo(expected);
	}

}
