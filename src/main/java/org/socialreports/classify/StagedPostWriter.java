package org.socialreports.classify;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores classified posts in the staging table with one JDBC batch per chunk. A file's earlier
 * posts are forgotten before it is read again, so a post is inserted, never merged.
 * <p>
 * One batch at a time, from its inserts to its commit, whatever the number of partitions:
 * HSQLDB's cached tables guard their row cache with one fair lock, on which two writers mostly
 * wait for each other. A million rows took 21 s from two threads and 7 s from one; here the
 * other partitions keep reading, classifying and binding their next batch while one writes.
 */
class StagedPostWriter implements ItemWriter<ClassifiedPost> {

	static final int SOURCE_LENGTH = 1024;

	static final int TITLE_LENGTH = 4000;

	static final int AUTHOR_LENGTH = 512;

	static final int LIST_LENGTH = 4000;

	private static final String INSERT_POST = """
			INSERT INTO staged_post (source, line, title, author, post_date, post_month, theme, score,
				score_twitter_usage, score_social_network_security, score_corporate_blogging, score_crisis_communication,
				matched_terms, categories, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final Lock oneWriterAtATime = new ReentrantLock();

	StagedPostWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
				this.oneWriterAtATime.lock();
				boolean releasedOnCompletion = false;
				try {
					insert.executeBatch();
					releasedOnCompletion = releaseOnCompletion();
				}
				finally {
					if (!releasedOnCompletion) {
						this.oneWriterAtATime.unlock();
					}
				}
			}
			return null;
		});
	}

	/**
	 * Keeps the turn until the chunk's transaction ends: committing touches every inserted row
	 * again, in the same row cache, and a commit beside the next chunk's inserts cost as much
	 * waiting as two writers did.
	 */
	private boolean releaseOnCompletion() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return false;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				StagedPostWriter.this.oneWriterAtATime.unlock();
			}
		});
		return true;
	}

	private static void bind(PreparedStatement insert, ClassifiedPost post) throws SQLException {
		Classification classification = post.classification();
		insert.setString(1, truncate(post.source(), SOURCE_LENGTH));
		insert.setLong(2, post.line());
		insert.setString(3, truncate(post.title(), TITLE_LENGTH));
		insert.setString(4, truncate(post.author(), AUTHOR_LENGTH));
		insert.setDate(5, Date.valueOf(post.date()));
		insert.setString(6, post.date().toString().substring(0, 7));
		insert.setString(7, classification.theme().id());
		insert.setDouble(8, classification.score());
		insert.setDouble(9, classification.scoreOf(Theme.TWITTER_USAGE));
		insert.setDouble(10, classification.scoreOf(Theme.SOCIAL_NETWORK_SECURITY));
		insert.setDouble(11, classification.scoreOf(Theme.CORPORATE_BLOGGING));
		insert.setDouble(12, classification.scoreOf(Theme.CRISIS_COMMUNICATION));
		insert.setString(13, truncate(String.join(StagedLists.SEPARATOR, classification.matchedTerms()), LIST_LENGTH));
		insert.setString(14, truncate(String.join(StagedLists.SEPARATOR, post.categories()), LIST_LENGTH));
		insert.setInt(15, post.words());
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
