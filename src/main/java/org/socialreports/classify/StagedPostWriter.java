package org.socialreports.classify;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.PostOrigin;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores the classified posts of one input folder in the staging table with one JDBC batch per
 * chunk, in the {@link WritingTurn} every partition shares. A file's earlier posts are
 * forgotten before it is read again, so a post is inserted, never merged.
 */
class StagedPostWriter implements ItemWriter<ClassifiedPost> {

	static final int SOURCE_LENGTH = 1024;

	static final int LIST_LENGTH = 4000;

	static final int URL_LENGTH = 2048;

	private static final String INSERT_POST = """
			INSERT INTO staged_post (folder, source, entry, line, title, author, post_date, post_month, theme, score,
				scores, matched_terms, categories, words, network, kind, url, language, likes, reposts, replies)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final WritingTurn turn;

	private final InputFolder folder;

	StagedPostWriter(JdbcTemplate jdbc, WritingTurn turn, InputFolder folder) {
		this.jdbc = jdbc;
		this.turn = turn;
		this.folder = folder;
	}

	@Override
	public void write(Chunk<? extends ClassifiedPost> chunk) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (PreparedStatement insert = connection.prepareStatement(INSERT_POST)) {
				// bound before taking the turn: only the inserts themselves need it
				for (ClassifiedPost post : chunk) {
					bind(insert, post);
					insert.addBatch();
				}
				this.turn.run(insert::executeBatch);
			}
			return null;
		});
	}

	private void bind(PreparedStatement insert, ClassifiedPost post) throws SQLException {
		Classification classification = post.classification();
		insert.setInt(1, this.folder.id());
		insert.setString(2, truncate(post.source(), SOURCE_LENGTH));
		insert.setLong(3, post.entry());
		insert.setLong(4, post.line());
		// the reader cuts longer ones, and says so
		insert.setString(5, truncate(post.title(), Post.MAX_TITLE_CHARS));
		insert.setString(6, truncate(post.author(), Post.MAX_AUTHOR_CHARS));
		insert.setDate(7, Date.valueOf(post.date()));
		insert.setString(8, post.date().toString().substring(0, 7));
		insert.setString(9, classification.theme().id());
		insert.setDouble(10, classification.score());
		insert.setString(11, StoredScores.encode(classification.scores()));
		insert.setString(12, truncate(String.join(StagedLists.SEPARATOR, classification.matchedTerms()), LIST_LENGTH));
		insert.setString(13, truncate(String.join(StagedLists.SEPARATOR, post.categories()), LIST_LENGTH));
		insert.setInt(14, post.words());
		PostOrigin origin = post.origin();
		insert.setString(15, origin.network().id());
		insert.setString(16, origin.kind().id());
		insert.setString(17, (origin.url() != null) ? truncate(origin.url(), URL_LENGTH) : null);
		insert.setString(18, origin.language());
		Engagement engagement = post.engagement();
		insert.setObject(19, engagement.likes(), Types.BIGINT);
		insert.setObject(20, engagement.reposts(), Types.BIGINT);
		insert.setObject(21, engagement.replies(), Types.BIGINT);
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
