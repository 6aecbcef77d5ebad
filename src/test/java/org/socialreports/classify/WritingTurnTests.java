package org.socialreports.classify;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.socialreports.job.PostgresServer;
import org.socialreports.job.PostgresServer.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class WritingTurnTests {

	@Test
	void writersTakeTurnsOnHsqldbOnly() {
		Database postgresql = PostgresServer.createDatabase("WritingTurnTests");

		assertThat(WritingTurn.forDatabase(new JdbcTemplate(
				new DriverManagerDataSource("jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", ""))).exclusive())
			.isTrue();
		assertThat(WritingTurn.forDatabase(new JdbcTemplate(new DriverManagerDataSource(postgresql.url(),
				postgresql.username(), postgresql.password()))).exclusive())
			.isFalse();
	}

	@Test
	void withoutATurnASecondWriterWritesWhileTheFirstDoes() throws Exception {
		WritingTurn turn = WritingTurn.free();
		CountDownLatch firstWriting = new CountDownLatch(1);
		CountDownLatch secondWrote = new CountDownLatch(1);
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> {
			boolean[] overlapped = new boolean[1];
			try {
				turn.run(() -> {
					firstWriting.countDown();
					overlapped[0] = secondWrote.await(30, TimeUnit.SECONDS);
				});
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return overlapped[0];
		});
		assertThat(firstWriting.await(30, TimeUnit.SECONDS)).isTrue();

		turn.run(secondWrote::countDown);

		assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
	}

}
