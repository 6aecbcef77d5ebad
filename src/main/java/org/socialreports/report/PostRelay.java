package org.socialreports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.socialreports.classify.ClassifiedPost;

/**
 * The posts of one report, read from the database once and handed in batches to each writer
 * that reads them, on the writer's own thread, while the reading goes on. Two writers reading
 * the database side by side mostly waited for each other on its row cache; a spool file
 * between the reading and the writers cost an encoding and a decoding of every post for each
 * writer, 13% of the report's CPU at a million posts.
 * <p>
 * Each reader has a bounded queue of batches, so memory stays bounded: the reading waits while
 * the slowest reader is a queue behind. Hence the rules of its readers: each is taken with
 * {@link #reader()} before the first post is handed over, and reads the posts to the end, or
 * is closed, before it waits for anything that is known only once every post has been read
 * (the top posts, which the reading gathers as the posts go by: no window query gives them,
 * see docs/performance.md); otherwise the reading would wait for it, and it for the reading,
 * for ever.
 */
public final class PostRelay {

	/** Some 300 KB of posts: the readers take a batch at a time, not a post. */
	static final int POSTS_PER_BATCH = 256;

	/** How far the reading may run ahead of the slowest reader: 16,384 posts, some 20 MB. */
	static final int BATCHES_AHEAD = 64;

	/** The batch after the last: a reader that takes it has read every post, or the reading failed. */
	private static final List<ClassifiedPost> END = new ArrayList<>(0);

	private final int postsPerBatch;

	private final int batchesAhead;

	/** The open readers: taken under its lock before the posts are handed over, leaving at any time. */
	private final List<Reader> readers = new CopyOnWriteArrayList<>();

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean ended = new AtomicBoolean();

	private final AtomicLong posts = new AtomicLong();

	private volatile Throwable failure;

	/** The batch being gathered; only the thread that fills the relay touches it. */
	private List<ClassifiedPost> gathering;

	public PostRelay() {
		this(POSTS_PER_BATCH, BATCHES_AHEAD);
	}

	/** @param postsPerBatch posts handed over together; @param batchesAhead each reader's queue; tests lower both */
	PostRelay(int postsPerBatch, int batchesAhead) {
		if (postsPerBatch < 1 || batchesAhead < 1) {
			throw new IllegalArgumentException("batches of " + postsPerBatch + " posts, " + batchesAhead + " ahead");
		}
		this.postsPerBatch = postsPerBatch;
		this.batchesAhead = batchesAhead;
	}

	/**
	 * A new reader of every post, from the first.
	 * @throws IllegalStateException once the posts have begun to be handed over
	 */
	public Reader reader() {
		synchronized (this.readers) {
			if (this.started.get()) {
				throw new IllegalStateException("readers of the posts are taken before the posts are read");
			}
			Reader reader = new Reader();
			this.readers.add(reader);
			return reader;
		}
	}

	/**
	 * Hands every post of {@code posts} over to the readers, each also to {@code alsoSee}.
	 * When it fails, the readers waiting for more posts fail with the same cause.
	 */
	public void fill(PostRows posts, Consumer<ClassifiedPost> alsoSee) {
		synchronized (this.readers) {
			if (!this.started.compareAndSet(false, true)) {
				throw new IllegalStateException("the posts are handed over once");
			}
		}
		this.gathering = new ArrayList<>(this.postsPerBatch);
		try {
			posts.forEach((post) -> {
				alsoSee.accept(post);
				this.gathering.add(post);
				if (this.gathering.size() == this.postsPerBatch) {
					publish(this.gathering);
					this.gathering = new ArrayList<>(this.postsPerBatch);
				}
			});
			if (!this.gathering.isEmpty()) {
				publish(this.gathering);
			}
		}
		catch (Throwable ex) {
			end(ex);
			throw ex;
		}
		finally {
			this.gathering = null;
		}
		end(null);
	}

	private void publish(List<ClassifiedPost> batch) {
		for (Reader reader : this.readers) {
			reader.put(batch);
		}
		this.posts.addAndGet(batch.size());
	}

	/**
	 * Ends a relay that will not be filled, or not to the end, because reading the posts failed:
	 * the readers stop waiting and fail with {@code cause}. Nothing changes once it has ended.
	 */
	public void abandon(Throwable cause) {
		end(cause);
	}

	private void end(Throwable cause) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		this.failure = cause;
		for (Reader reader : this.readers) {
			if (cause != null) {
				// the posts still queued are of no use to a reader that fails
				reader.batches.clear();
			}
			reader.put(END);
		}
	}

	/** The posts handed over so far: all of them once {@link #fill} has returned. */
	public long count() {
		return this.posts.get();
	}

	/**
	 * One writer's way through the posts: it reads them once, in order, and leaves the relay
	 * when it has read them all, when reading them fails, or when it is closed, whichever comes
	 * first; the relay then no longer waits for it.
	 */
	public final class Reader implements PostRows, AutoCloseable {

		private final ArrayBlockingQueue<List<ClassifiedPost>> batches = new ArrayBlockingQueue<>(
				PostRelay.this.batchesAhead);

		private final AtomicBoolean used = new AtomicBoolean();

		private volatile boolean closed;

		private Reader() {
		}

		/**
		 * {@code future}, which is known only once every post has been read, such that waiting
		 * for it first closes this reader: a writer that waits for it before it has read the
		 * posts then fails, rather than wait for the reading while the reading waits for it.
		 */
		public <T> Future<T> closedBeforeWaitingFor(Future<T> future) {
			return new Future<>() {

				@Override
				public T get() throws InterruptedException, ExecutionException {
					close();
					return future.get();
				}

				@Override
				public T get(long timeout, TimeUnit unit)
						throws InterruptedException, ExecutionException, TimeoutException {
					close();
					return future.get(timeout, unit);
				}

				@Override
				public boolean isDone() {
					return future.isDone();
				}

				@Override
				public boolean isCancelled() {
					return future.isCancelled();
				}

				@Override
				public boolean cancel(boolean mayInterruptIfRunning) {
					return future.cancel(mayInterruptIfRunning);
				}

			};
		}

		/**
		 * Gives every post in order, waiting for those still being read until the reading ends.
		 * @throws IllegalStateException if reading the posts failed, or this reader was used
		 */
		@Override
		public void forEach(Consumer<ClassifiedPost> action) {
			if (!this.used.compareAndSet(false, true)) {
				throw new IllegalStateException("a reader of the posts reads them once");
			}
			if (this.closed) {
				throw new IllegalStateException("this reader of the posts was closed before it read them: "
						+ "a writer reads the posts before it waits for the top posts");
			}
			try {
				for (List<ClassifiedPost> batch = nextBatch(); batch != null; batch = nextBatch()) {
					batch.forEach(action);
				}
			}
			finally {
				close();
			}
		}

		private List<ClassifiedPost> nextBatch() {
			failIfTheReadingFailed();
			List<ClassifiedPost> batch;
			try {
				batch = this.batches.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for posts", ex);
			}
			if (batch == END) {
				failIfTheReadingFailed();
				return null;
			}
			return batch;
		}

		private void failIfTheReadingFailed() {
			Throwable cause = PostRelay.this.failure;
			if (cause != null) {
				throw new IllegalStateException("the posts could not be read: " + cause, cause);
			}
		}

		/**
		 * Hands this reader a batch, waiting while its queue is full; a closed reader takes
		 * nothing, and closing it ends the wait (its queue is emptied).
		 */
		private void put(List<ClassifiedPost> batch) {
			if (this.closed) {
				return;
			}
			try {
				this.batches.put(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the writers to read the posts", ex);
			}
		}

		/** Leaves the relay: it no longer waits for this reader, which cannot read any more. */
		@Override
		public void close() {
			this.closed = true;
			PostRelay.this.readers.remove(this);
			this.batches.clear();
		}

	}

}
