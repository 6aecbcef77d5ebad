package org.socialreports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.PostOrigin;

/**
 * {@code posts.csv}: one row per post, with every theme's score and the terms that decided it,
 * then (added at the end, never moving the columns before them) its entry, network, kind,
 * address, declared language and engagement (a count the export does not give is empty), and
 * whether a person set its theme ({@code jobs/overrides.csv}).
 */
public class PostsCsvWriter implements ReportWriter {

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
		List<Theme> themes = content.themes().scored();
		List<String> header = new ArrayList<>(List.of("source", "line", "title", "author", "date", "month", "theme",
				"score"));
		for (Theme theme : themes) {
			header.add(scoreColumn(theme));
		}
		header.addAll(List.of("matched_terms", "categories", "words", "entry", "network", "kind", "url", "language",
				"likes", "reposts", "replies", "set_by_hand"));
		try (SafeCsvPrinter csv = CsvFiles.create(target, header.toArray(String[]::new))) {
			Object[] record = new Object[header.size()];
			content.posts().forEach((post) -> print(csv, post, themes, record));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** {@code score_twitter_usage}: the theme's id, its dashes made underscores, as the columns have always been named. */
	static String scoreColumn(Theme theme) {
		return "score_" + theme.id().replace('-', '_');
	}

	private static void print(SafeCsvPrinter csv, ClassifiedPost post, List<Theme> themes, Object[] record) {
		Classification classification = post.classification();
		int column = 0;
		record[column++] = post.source();
		record[column++] = post.line();
		record[column++] = post.title();
		record[column++] = post.author();
		record[column++] = post.date();
		record[column++] = post.date().toString().substring(0, 7);
		record[column++] = classification.theme().id();
		record[column++] = score(classification.score());
		for (Theme theme : themes) {
			record[column++] = score(classification.scoreOf(theme));
		}
		record[column++] = String.join("; ", classification.matchedTerms());
		record[column++] = String.join("; ", post.categories());
		record[column++] = post.words();
		record[column++] = post.entry();
		PostOrigin origin = post.origin();
		record[column++] = origin.network().id();
		record[column++] = origin.kind().id();
		record[column++] = origin.url();
		record[column++] = origin.language();
		Engagement engagement = post.engagement();
		record[column++] = engagement.likes();
		record[column++] = engagement.reposts();
		record[column++] = engagement.replies();
		record[column] = classification.setByHand();
		try {
			csv.printRecord(record);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The score to four places, rounded half up. */
	static String score(double score) {
		return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP).toPlainString();
	}

}
