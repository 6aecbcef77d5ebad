package org.socialreports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import org.apache.commons.csv.CSVPrinter;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;

/**
 * {@code posts.csv}: one row per post, with every theme's score and the terms that decided it.
 */
public class PostsCsvWriter implements ReportWriter {

	private static final String ZERO = "0.0000";

	@Override
	public String fileName() {
		return "posts.csv";
	}

	@Override
	public boolean readsPosts() {
		return true;
	}

	@Override
	public void write(ReportContent content, Path target) throws IOException {
		try (CSVPrinter csv = CsvFiles.create(target, "source", "line", "title", "author", "date", "month", "theme",
				"score", "score_twitter_usage", "score_social_network_security", "score_corporate_blogging",
				"score_crisis_communication", "matched_terms", "categories", "words")) {
			content.posts().forEach((post) -> print(csv, post));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static void print(CSVPrinter csv, ClassifiedPost post) {
		var classification = post.classification();
		try {
			csv.printRecord(post.source(), post.line(), post.title(), post.author(), post.date(),
					post.date().toString().substring(0, 7), classification.theme().id(), score(classification.score()),
					score(classification.scoreOf(Theme.TWITTER_USAGE)),
					score(classification.scoreOf(Theme.SOCIAL_NETWORK_SECURITY)),
					score(classification.scoreOf(Theme.CORPORATE_BLOGGING)),
					score(classification.scoreOf(Theme.CRISIS_COMMUNICATION)),
					String.join("; ", classification.matchedTerms()), String.join("; ", post.categories()), post.words());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String score(double score) {
		// BigDecimal rather than String.format: this runs five times per post, a million times;
		// and most of them are a theme's nothing, which needs no arithmetic at all
		if (score == 0) {
			return ZERO;
		}
		return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP).toPlainString();
	}

}
