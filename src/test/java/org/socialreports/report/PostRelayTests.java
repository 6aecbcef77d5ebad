package org.socialreports.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.Theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// a relay that waits for ever fails the build rather than hangs it
@Timeout(60)
class PostRelayTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void givesEveryReaderEveryPostInOrder() throws Exception {
		PostRelay relay = new PostRelay(3, 2);
		List<Future<List<Long>>> readers = new ArrayList<>();
		for (int reader = 0; reader < 2; reader++) {
			PostRelay.Reader posts = relay.reader();
			readers.add(this.threads.submit(() -> lines(posts)));
		}
		List<Long> seenWhileReading = new ArrayList<>();

		relay.fill(posts(0, 100), (post) -> seenWhileReading.add(post.line()));

		List<Long> all = LongStream.range(0, 100).boxed().toList();
		assertThat(seenWhileReading).isEqualTo(all);
		for (Future<List<Long>> reader : readers) {
			assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(all);
		}
		assertThat(relay.count()).isEqualTo(100);
	}

	@Test
	void handsOverTheVeryPostsItIsGiven() {
		ClassifiedPost post = new ClassifiedPost("b/c.json", 7_000_000_000L, "Sécurité sur Facebook « vraiment » ?",
				"𝒜nne", LocalDate.of(1999, 12, 31), 312, List.of("Réseaux sociaux"),
				new Classification(ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.75,
						Map.of(ShippedThemes.TWITTER_USAGE, 0.1, ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.75,
								ShippedThemes.CORPORATE_BLOGGING, 0.0, ShippedThemes.CRISIS_COMMUNICATION, 0.25),
						List.of("sécurité", "facebook")));
		PostRelay relay = new PostRelay();
		PostRelay.Reader reader = relay.reader();

		relay.fill((action) -> action.accept(post), (seen) -> {
		});

		List<ClassifiedPost> read = new ArrayList<>();
		reader.forEach(read::add);
		assertThat(read).singleElement().isSameAs(post);
	}

	@Test
	void anEmptyRelayHasNoPosts() {
		PostRelay relay = new PostRelay();
		PostRelay.Reader reader = relay.reader();

		relay.fill((action) -> {
		}, (post) -> {
		});

		List<ClassifiedPost> read = new ArrayList<>();
		reader.forEach(read::add);
		assertThat(read).isEmpty();
		assertThat(relay.count()).isZero();
	}

	@Test
	void readersGetThePostsWhileTheyAreStillBeingRead() throws Exception {
		PostRelay relay = new PostRelay();
		PostRelay.Reader reader = relay.reader();
		CountDownLatch readerSawTheFirstThousand = new CountDownLatch(1000);
		Future<List<Long>> read = this.threads.submit(() -> {
			List<Long> lines = new ArrayList<>();
			reader.forEach((post) -> {
				lines.add(post.line());
				readerSawTheFirstThousand.countDown();
			});
			return lines;
		});
		boolean[] seenBeforeTheEnd = { false };

		relay.fill((action) -> {
			for (long line = 0; line < 3000; line++) {
				if (line == 2000) {
					seenBeforeTheEnd[0] = await(readerSawTheFirstThousand);
				}
				action.accept(post(line));
			}
		}, (post) -> {
		});

		assertThat(seenBeforeTheEnd[0]).as("the reader had the first posts before the last was read").isTrue();
		assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(LongStream.range(0, 3000).boxed().toList());
	}

	@Test
	void theReadingWaitsWhileTheSlowestReaderIsAWindowBehind() throws Exception {
		// batches of 2, 2 ahead: while the reader holds batch 0, batches 1 and 2 are handed over
		// and batch 3 is gathered, then the reading waits for the reader
		PostRelay relay = new PostRelay(2, 2);
		PostRelay.Reader reader = relay.reader();
		CountDownLatch readerHoldsItsFirstPost = new CountDownLatch(1);
		CountDownLatch readerMayGoOn = new CountDownLatch(1);
		Future<List<Long>> read = this.threads.submit(() -> {
			List<Long> lines = new ArrayList<>();
			reader.forEach((post) -> {
				lines.add(post.line());
				readerHoldsItsFirstPost.countDown();
				await(readerMayGoOn);
			});
			return lines;
		});
		AtomicInteger seen = new AtomicInteger();
		AtomicReference<Thread> filler = new AtomicReference<>();
		Future<?> filling = this.threads.submit(() -> {
			filler.set(Thread.currentThread());
			relay.fill(posts(0, 20), (post) -> seen.incrementAndGet());
		});

		assertThat(readerHoldsItsFirstPost.await(30, TimeUnit.SECONDS)).isTrue();
		awaitParked(filler, seen, 8);
		// parked with batch 3 gathered: a relay that did not wait would have read on to the end
		assertThat(filling).isNotDone();
		assertThat(seen).hasValue(8);
		assertThat(relay.count()).isEqualTo(6);

		readerMayGoOn.countDown();
		filling.get(30, TimeUnit.SECONDS);
		assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(LongStream.range(0, 20).boxed().toList());
		assertThat(seen).hasValue(20);
	}

	@Test
	void aReaderThatLeavesOrFailsNoLongerHoldsTheReadingUp() throws Exception {
		PostRelay relay = new PostRelay(2, 2);
		PostRelay.Reader closedUnread = relay.reader();
		PostRelay.Reader failing = relay.reader();
		PostRelay.Reader reading = relay.reader();
		closedUnread.close();
		IllegalStateException diskFull = new IllegalStateException("disk full");
		Future<?> failed = this.threads.submit(() -> failing.forEach((post) -> {
			throw diskFull;
		}));
		Future<List<Long>> read = this.threads.submit(() -> lines(reading));

		relay.fill(posts(0, 50), (post) -> {
		});

		assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).hasCause(diskFull);
		assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(LongStream.range(0, 50).boxed().toList());
		assertThatIllegalStateException().isThrownBy(() -> closedUnread.forEach((post) -> {
		})).withMessageStartingWith("this reader of the posts was closed before it read them");
	}

	@Test
	void closingTheSlowestReaderLetsTheWaitingReadingGoOn() throws Exception {
		PostRelay relay = new PostRelay(2, 2);
		PostRelay.Reader reader = relay.reader();
		AtomicInteger seen = new AtomicInteger();
		AtomicReference<Thread> filler = new AtomicReference<>();
		Future<?> filling = this.threads.submit(() -> {
			filler.set(Thread.currentThread());
			relay.fill(posts(0, 20), (post) -> seen.incrementAndGet());
		});
		awaitParked(filler, seen, 6);
		assertThat(filling).isNotDone();

		reader.close();

		filling.get(30, TimeUnit.SECONDS);
		assertThat(seen).hasValue(20);
		assertThat(relay.count()).isEqualTo(20);
		assertThatIllegalStateException().isThrownBy(() -> lines(reader))
			.withMessage("this reader of the posts was closed before it read them: "
					+ "a writer reads the posts before it waits for the top posts");
	}

	@Test
	void waitingForWhatComesAfterThePostsClosesTheReader() throws Exception {
		PostRelay relay = new PostRelay(2, 2);
		PostRelay.Reader reader = relay.reader();
		CompletableFuture<String> afterThePosts = new CompletableFuture<>();
		Future<?> filling = this.threads.submit(() -> {
			relay.fill(posts(0, 20), (post) -> {
			});
			afterThePosts.complete("every post read");
		});

		assertThat(reader.closedBeforeWaitingFor(afterThePosts).get(30, TimeUnit.SECONDS)).isEqualTo("every post read");
		filling.get(30, TimeUnit.SECONDS);
		assertThatIllegalStateException().isThrownBy(() -> lines(reader));
	}

	@Test
	void readersWaitingForPostsFailWithTheCauseWhenTheReadingFails() throws Exception {
		PostRelay relay = new PostRelay(256, 64);
		PostRelay.Reader reader = relay.reader();
		List<Long> seen = new CopyOnWriteArrayList<>();
		CountDownLatch handedOver = new CountDownLatch(256);
		Future<?> read = this.threads.submit(() -> reader.forEach((post) -> {
			seen.add(post.line());
			handedOver.countDown();
		}));
		IllegalStateException databaseDown = new IllegalStateException("database down");

		assertThatThrownBy(() -> relay.fill((action) -> {
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

	@Test
	void anAbandonedRelayStopsItsReadersWaiting() {
		PostRelay relay = new PostRelay();
		PostRelay.Reader reader = relay.reader();
		IllegalStateException cause = new IllegalStateException("no connection");

		relay.abandon(cause);

		assertThatIllegalStateException().isThrownBy(() -> reader.forEach((post) -> {
		})).withCause(cause);
	}

	@Test
	void readersAreTakenBeforeThePostsAndReadThemOnce() {
		PostRelay relay = new PostRelay();
		PostRelay.Reader reader = relay.reader();
		relay.fill(posts(0, 3), (post) -> {
		});

		assertThatIllegalStateException().isThrownBy(relay::reader)
			.withMessage("readers of the posts are taken before the posts are read");
		assertThatIllegalStateException().isThrownBy(() -> relay.fill(posts(0, 1), (post) -> {
		})).withMessage("the posts are handed over once");
		assertThat(lines(reader)).containsExactly(0L, 1L, 2L);
		assertThatIllegalStateException().isThrownBy(() -> lines(reader))
			.withMessage("a reader of the posts reads them once");
	}

	private static List<Long> lines(PostRows posts) {
		List<Long> lines = new ArrayList<>();
		posts.forEach((post) -> lines.add(post.line()));
		return lines;
	}

	private static PostRows posts(long from, long to) {
		return (action) -> LongStream.range(from, to).forEach((line) -> action.accept(post(line)));
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
				new Classification(Theme.UNCLASSIFIED, 0.0, Map.of(ShippedThemes.TWITTER_USAGE, 0.0, ShippedThemes.SOCIAL_NETWORK_SECURITY,
						0.0, ShippedThemes.CORPORATE_BLOGGING, 0.0, ShippedThemes.CRISIS_COMMUNICATION, 0.0), List.of()));
	}

	/**
	 * Waits until the filling thread has seen at least {@code posts} posts and then stopped in a
	 * wait: the event the relay's window makes happen, observed rather than slept for.
	 */
	private static void awaitParked(AtomicReference<Thread> filler, AtomicInteger seen, int posts)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (filler.get() == null || seen.get() < posts || !waiting(filler.get())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the filling never waited after " + posts + " posts: " + seen);
			}
			Thread.onSpinWait();
		}
	}

	private static boolean waiting(Thread thread) {
		Thread.State state = thread.getState();
		return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
	}

}
