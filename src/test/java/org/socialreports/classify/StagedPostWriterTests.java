package org.socialreports.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One chunk at a time writes and commits; what these tests pin is that the turn lasts until
 * the chunk's transaction ends, whether it commits or rolls back, and is never kept after.
 */
class StagedPostWriterTests {

	private EmbeddedDatabase database;

	private JdbcTemplate jdbc;

	private TransactionTemplate transaction;

	private StagedPostWriter writer;

	private ExecutorService otherPartition;

	@BeforeEach
	void createTable() {
		this.database = new EmbeddedDatabaseBuilder().generateUniqueName(true)
			.setType(EmbeddedDatabaseType.HSQL)
			.addScript("schema/classify.sql")
			.build();
		this.jdbc = new JdbcTemplate(this.database);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(this.database));
		this.writer = new StagedPostWriter(this.jdbc, new WritingTurn(), StoredPostsFixture.FOLDER);
		this.otherPartition = Executors.newSingleThreadExecutor();
	}

	@AfterEach
	void shutDown() {
		this.otherPartition.shutdownNow();
		this.database.shutdown();
	}

	@Test
	void anotherChunkWaitsUntilTheFirstIsCommitted() throws Exception {
		Future<?>[] second = new Future<?>[1];
		this.transaction.executeWithoutResult((status) -> {
			this.writer.write(Chunk.of(post("a.txt", 1)));
			second[0] = this.otherPartition.submit(() -> this.transaction
				.executeWithoutResult((other) -> this.writer.write(Chunk.of(post("b.txt", 1)))));
			assertThatThrownBy(() -> second[0].get(300, TimeUnit.MILLISECONDS)).as("written before the first commit")
				.isInstanceOf(TimeoutException.class);
		});

		second[0].get(30, TimeUnit.SECONDS);
		assertThat(this.jdbc.queryForList("SELECT source FROM staged_post ORDER BY source", String.class))
			.containsExactly("a.txt", "b.txt");
	}

	@Test
	void aChunkRolledBackGivesUpItsTurn() throws Exception {
		assertThatThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			this.writer.write(Chunk.of(post("a.txt", 1)));
			// the same place twice: the key refuses it and the chunk rolls back
			this.writer.write(Chunk.of(post("a.txt", 1)));
		})).isInstanceOf(DuplicateKeyException.class);

		this.otherPartition
			.submit(() -> this.transaction.executeWithoutResult((status) -> this.writer.write(Chunk.of(post("b.txt", 1)))))
			.get(30, TimeUnit.SECONDS);
		assertThat(this.jdbc.queryForList("SELECT source FROM staged_post", String.class)).containsExactly("b.txt");
	}

	@Test
	void withoutATransactionTheTurnEndsWithTheWrite() throws Exception {
		this.writer.write(Chunk.of(post("a.txt", 1)));

		this.otherPartition.submit(() -> this.writer.write(Chunk.of(post("b.txt", 1)))).get(30, TimeUnit.SECONDS);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM staged_post", Integer.class)).isEqualTo(2);
	}

	private static ClassifiedPost post(String source, long line) {
		return new ClassifiedPost(source, line, "Titre", "Anne", LocalDate.of(2009, 3, 1), 100, List.of(),
				new Classification(ShippedThemes.TWITTER_USAGE, 0.5, Map.of(ShippedThemes.TWITTER_USAGE, 0.5), List.of("twitter")));
	}

}
