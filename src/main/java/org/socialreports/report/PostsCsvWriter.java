package org.socialreports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

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
		try (SafeCsvPrinter csv = CsvFiles.create(target, "source", "line", "title", "author", "date", "month", "theme",
				"score", "score_twitter_usage", "score_social_network_security", "score_corporate_blogging",
				"score_crisis_communication", "matched_terms", "categories", "words", "entry")) {
			content.posts().forEach((post) -> print(csv, post));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static void print(SafeCsvPrinter csv, ClassifiedPost post) {
		var classification = post.classification();
		try {
			csv.printRecord(post.source(), post.line(), post.title(), post.author(), post.date(),
					post.date().toString().substring(0, 7), classification.theme().id(), score(classification.score()),
					score(classification.scoreOf(Theme.TWITTER_USAGE)),
					score(classification.scoreOf(Theme.SOCIAL_NETWORK_SECURITY)),
					score(classification.scoreOf(Theme.CORPORATE_BLOGGING)),
					score(classification.scoreOf(Theme.CRISIS_COMMUNICATION)),
					String.join("; ", classification.matchedTerms()), String.join("; ", post.categories()), post.words(),
					post.entry());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The score to four places, rounded half up from the digits of {@link Double#toString},
	 * as {@code BigDecimal.valueOf(score).setScale(4, HALF_UP)} gives it. This runs five times per
	 * post, a million times: most are a theme's nothing, which needs no arithmetic at all, and
	 * rounding the others on their digits took a third of the time of making a
	 * {@code BigDecimal} of them (and String.format, ten times more).
	 */
	static String score(double score) {
		if (score == 0) {
			return ZERO;
		}
		String digits = Double.toString(score);
		if (score < 0 || !Double.isFinite(score) || digits.indexOf('E') >= 0) {
			// below 0.001 or from ten million on (written with an exponent), rare for a score; and
			// what is not a number fails there as it always did
			return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP).toPlainString();
		}
		int point = digits.indexOf('.');
		int places = digits.length() - point - 1;
		if (places <= 4) {
			return digits + ZERO.substring(2 + places);
		}
		long tenThousandths = Long.parseLong(digits, 0, point, 10) * 10_000
				+ Long.parseLong(digits, point + 1, point + 5, 10);
		if (digits.charAt(point + 5) >= '5') {
			tenThousandths++;
		}
		String fraction = Long.toString(10_000 + tenThousandths % 10_000);
		return (tenThousandths / 10_000) + "." + fraction.substring(1);
	}

}
