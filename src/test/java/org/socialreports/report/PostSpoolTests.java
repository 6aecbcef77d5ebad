package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostSpoolTests {

	@TempDir
	Path folder;

	@Test
	void givesEveryWriterThePostsAsTheyWereInTheirOrderAndDeletesItsFileOnClose() throws IOException {
		ClassifiedPost first = new ClassifiedPost("a.txt", 1, "Sécurité sur Facebook « vraiment » ?", "Yann Gourvennec",
				LocalDate.of(2009, 3, 1), 312, List.of("Réseaux sociaux", "Sécurité"),
				new Classification(Theme.SOCIAL_NETWORK_SECURITY, 0.75,
						Map.of(Theme.TWITTER_USAGE, 0.1, Theme.SOCIAL_NETWORK_SECURITY, 0.75,
								Theme.CORPORATE_BLOGGING, 0.0, Theme.CRISIS_COMMUNICATION, 0.25),
						List.of("sécurité", "facebook")));
		// longer than what DataOutputStream.writeUTF accepts, and not a word matched
		ClassifiedPost second = new ClassifiedPost("b/c.json", 7_000_000_000L, "x".repeat(70_000), "𝒜nne",
				LocalDate.of(1999, 12, 31), 0, List.of(), new Classification(Theme.UNCLASSIFIED, 0.0,
						Map.of(Theme.TWITTER_USAGE, 0.0, Theme.SOCIAL_NETWORK_SECURITY, 0.0,
								Theme.CORPORATE_BLOGGING, 0.0, Theme.CRISIS_COMMUNICATION, 0.0),
						List.of()));
		Path file = this.folder.resolve(".posts.spool");
		List<ClassifiedPost> seenWhileFilling = new ArrayList<>();
		try (PostSpool spool = new PostSpool(file)) {
			spool.fill((action) -> List.of(first, second).forEach(action), seenWhileFilling::add);

			assertThat(seenWhileFilling).containsExactly(first, second);
			assertThat(spool.count()).isEqualTo(2);
			for (int reader = 0; reader < 2; reader++) {
				List<ClassifiedPost> read = new ArrayList<>();
				spool.forEach(read::add);
				assertThat(read).containsExactly(first, second);
			}
		}
		assertThat(file).doesNotExist();
		assertThat(this.folder).isEmptyDirectory();
	}

	@Test
	void anEmptySpoolHasNoPosts() throws IOException {
		try (PostSpool spool = new PostSpool(this.folder.resolve(".posts.spool"))) {
			spool.fill((action) -> {
			}, (post) -> {
			});
			List<ClassifiedPost> read = new ArrayList<>();
			spool.forEach(read::add);
			assertThat(read).isEmpty();
			assertThat(spool.count()).isZero();
		}
	}

	@Test
	void readersGetThePostsWhileTheyAreStillBeingWritten() throws Exception {
		CountDownLatch readerSawTheFirstThousand = new CountDownLatch(1000);
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try (PostSpool spool = new PostSpool(this.folder.resolve(".posts.spool"))) {
			Future<List<Long>> read = reader.submit(() -> {
				List<Long> lines = new ArrayList<>();
				spool.forEach((post) -> {
					lines.add(post.line());
					readerSawTheFirstThousand.countDown();
				});
				return lines;
			});
			boolean[] seenBeforeTheEnd = { false };
			spool.fill((action) -> {
				for (long line = 0; line < 3000; line++) {
					if (line == 2000) {
						seenBeforeTheEnd[0] = await(readerSawTheFirstThousand);
					}
					action.accept(post(line));
				}
			}, (post) -> {
			});

			assertThat(seenBeforeTheEnd[0]).as("the reader had the first posts before the last was written").isTrue();
			assertThat(read.get(30, TimeUnit.SECONDS)).hasSize(3000)
				.isEqualTo(LongStream.range(0, 3000).boxed().toList());
			assertThat(spool.count()).isEqualTo(3000);
		}
		finally {
			reader.shutdownNow();
		}
	}

	@Test
	void readersWaitingForPostsFailWithTheCauseWhenTheFillingFails() throws Exception {
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try (PostSpool spool = new PostSpool(this.folder.resolve(".posts.spool"))) {
			List<Long> seen = new CopyOnWriteArrayList<>();
			CountDownLatch handedOver = new CountDownLatch(256);
			Future<?> read = reader.submit(() -> spool.forEach((post) -> {
				seen.add(post.line());
				handedOver.countDown();
			}));
			IllegalStateException databaseDown = new IllegalStateException("database down");

			assertThatThrownBy(() -> spool.fill((action) -> {
				for (long line = 0; line < 300; line++) {
					action.accept(post(line));
				}
				// the reader has the first 256, handed over together, and waits for more
				await(handedOver);
				throw databaseDown;
			}, (post) -> {
			})).isSameAs(databaseDown);

			assertThatThrownBy(() -> read.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
				.hasRootCause(databaseDown);
			assertThat(seen).isEqualTo(LongStream.range(0, 256).boxed().toList());
		}
		finally {
			reader.shutdownNow();
		}
	}

	@Test
	void anAbandonedSpoolStopsItsReadersWaiting() throws Exception {
		try (PostSpool spool = new PostSpool(this.folder.resolve(".posts.spool"))) {
			IOException cause = new IOException("no connection");
			spool.abandon(cause);

			assertThatThrownBy(() -> spool.forEach((post) -> {
			})).isInstanceOf(IllegalStateException.class).hasCause(cause);
		}
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static ClassifiedPost post(long line) {
		return new ClassifiedPost("a.txt", line, "Titre " + line, "Auteur", LocalDate.of(2009, 3, 1), 100, List.of(),
				new Classification(Theme.UNCLASSIFIED, 0.0, Map.of(Theme.TWITTER_USAGE, 0.0, Theme.SOCIAL_NETWORK_SECURITY,
						0.0, Theme.CORPORATE_BLOGGING, 0.0, Theme.CRISIS_COMMUNICATION, 0.0), List.of()));
	}

}
