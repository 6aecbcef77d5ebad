package org.socialreports.classify;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores classified posts in the staging table with one JDBC batch per chunk. A post already
 * stored (same key) is replaced, never added again.
 */
class StagedPostWriter implements ItemWriter<ClassifiedPost> {

	static final int SOURCE_LENGTH = 1024;

	static final int TITLE_LENGTH = 4000;

	static final int AUTHOR_LENGTH = 512;

	static final int LIST_LENGTH = 4000;

	private static final String MERGE_POST = """
			MERGE INTO staged_post p USING (VALUES (CAST(? AS CHAR(64)), CAST(? AS VARCHAR(1024)), CAST(? AS BIGINT),
					CAST(? AS VARCHAR(4000)), CAST(? AS VARCHAR(512)), CAST(? AS DATE), CAST(? AS CHAR(7)),
					CAST(? AS VARCHAR(32)), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
					CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
					CAST(? AS VARCHAR(4000)), CAST(? AS VARCHAR(4000)), CAST(? AS INTEGER)))
				AS v(post_key, source, line, title, author, post_date, post_month, theme, score, score_twitter_usage,
					score_social_network_security, score_corporate_blogging, score_crisis_communication,
					matched_terms, categories, words)
				ON p.post_key = v.post_key
			WHEN MATCHED THEN UPDATE SET theme = v.theme, score = v.score,
				score_twitter_usage = v.score_twitter_usage, score_social_network_security = v.score_social_network_security,
				score_corporate_blogging = v.score_corporate_blogging, score_crisis_communication = v.score_crisis_communication,
				matched_terms = v.matched_terms, categories = v.categories, words = v.words
			WHEN NOT MATCHED THEN INSERT VALUES (v.post_key, v.source, v.line, v.title, v.author, v.post_date, v.post_month,
				v.theme, v.score, v.score_twitter_usage, v.score_social_network_security, v.score_corporate_blogging,
				v.score_crisis_communication, v.matched_terms, v.categories, v.words)""";

	private final JdbcTemplate jdbc;

	StagedPostWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends ClassifiedPost> chunk) {
		List<Object[]> rows = new ArrayList<>(chunk.size());
		for (ClassifiedPost post : chunk) {
			rows.add(row(post));
		}
		this.jdbc.batchUpdate(MERGE_POST, rows);
	}

	private static Object[] row(ClassifiedPost post) {
		Classification classification = post.classification();
		return new Object[] { post.key(), truncate(post.source(), SOURCE_LENGTH), post.line(), truncate(post.title(), TITLE_LENGTH),
				truncate(post.author(), AUTHOR_LENGTH), Date.valueOf(post.date()), post.date().toString().substring(0, 7),
				classification.theme().id(), classification.score(), classification.scoreOf(Theme.TWITTER_USAGE),
				classification.scoreOf(Theme.SOCIAL_NETWORK_SECURITY), classification.scoreOf(Theme.CORPORATE_BLOGGING),
				classification.scoreOf(Theme.CRISIS_COMMUNICATION),
				truncate(String.join(StagedLists.SEPARATOR, classification.matchedTerms()), LIST_LENGTH),
				truncate(String.join(StagedLists.SEPARATOR, post.categories()), LIST_LENGTH), post.words() };
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
