package org.socialreports.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.socialreports.classify.ClassifiedPost;

/**
 * The posts of one report, read from the database once and handed in batches to each writer
 * that reads them, on the writer's own thread, while the reading goes on. Two writers reading
 * the database side by side mostly waited for each other on its row cache; a spool file
 * between the reading and the writers cost an encoding and a decoding of every post for each
 * writer, 13% of the report's CPU at a million posts.
 * <p>
 * Memory stays bounded: the reading waits while the slowest reader is a window of batches
 * behind. Hence the rules of its readers: each is taken with {@link #reader()} before the first
 * post is handed over, and reads the posts to the end, or is closed, before it waits for
 * anything that is known only once every post has been read (the top posts); otherwise the
 * reading would wait for it, and it for the reading, for ever.
 */
public final class PostRelay {

	/** Some 300 KB of posts: the readers take the lock once a batch, not once a post. */
	static final int POSTS_PER_BATCH = 256;

	/** How far the reading may run ahead of the slowest reader: 16,384 posts, some 20 MB. */
	static final int BATCHES_AHEAD = 64;

	private final int postsPerBatch;

	/** The batches not yet read by every reader: batch {@code n} in slot {@code n % length}. */
	private final List<List<ClassifiedPost>> window;

	private final Object lock = new Object();

	private final List<Reader> readers = new ArrayList<>();

	/** Batches handed over so far; guarded by {@link #lock}, like all that follows. */
	private long published;

	/** Batches every reader has passed, whose slots are emptied. */
	private long released;

	private long posts;

	private boolean started;

	private boolean ended;

	private Throwable failure;

	/** The batch being gathered; only the thread that fills the relay touches it. */
	private List<ClassifiedPost> gathering;

	public PostRelay() {
		this(POSTS_PER_BATCH, BATCHES_AHEAD);
	}

	/** @param postsPerBatch posts handed over together; @param batchesAhead the window; tests lower both */
	PostRelay(int postsPerBatch, int batchesAhead) {
		if (postsPerBatch < 1 || batchesAhead < 1) {
			throw new IllegalArgumentException("batches of " + postsPerBatch + " posts, " + batchesAhead + " ahead");
		}
		this.postsPerBatch = postsPerBatch;
		this.window = new ArrayList<>(Collections.nCopies(batchesAhead, null));
	}

	/**
	 * A new reader of every post, from the first.
	 * @throws IllegalStateException once the posts have begun to be handed over
	 */
	public Reader reader() {
		synchronized (this.lock) {
			if (this.started) {
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
		synchronized (this.lock) {
			if (this.started) {
				throw new IllegalStateException("the posts are handed over once");
			}
			this.started = true;
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
		synchronized (this.lock) {
			while (this.published - slowestReader() >= this.window.size()) {
				try {
					this.lock.wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while waiting for the writers to read the posts", ex);
				}
			}
			releasePassedBatches();
			this.window.set(slot(this.published), batch);
			this.published++;
			this.posts += batch.size();
			this.lock.notifyAll();
		}
	}

	/**
	 * Empties the slots of the batches every reader has passed, so that the posts go as soon
	 * as the slowest reader is done with them, not when their slot is filled again; it runs
	 * wherever the slowest reader may move, so a slot is always emptied before it is filled.
	 */
	private void releasePassedBatches() {
		for (long slowest = slowestReader(); this.released < slowest; this.released++) {
			this.window.set(slot(this.released), null);
		}
	}

	/** The batch the slowest open reader reads next; all are handed over when none is open. */
	private long slowestReader() {
		long slowest = this.published;
		for (Reader reader : this.readers) {
			slowest = Math.min(slowest, reader.next);
		}
		return slowest;
	}

	/**
	 * Ends a relay that will not be filled, or not to the end, because reading the posts failed:
	 * the readers stop waiting and fail with {@code cause}. Nothing changes once it has ended.
	 */
	public void abandon(Throwable cause) {
		end(cause);
	}

	private void end(Throwable cause) {
		synchronized (this.lock) {
			if (!this.ended) {
				this.ended = true;
				this.failure = cause;
				this.lock.notifyAll();
			}
		}
	}

	/** The posts handed over so far: all of them once {@link #fill} has returned. */
	public long count() {
		synchronized (this.lock) {
			return this.posts;
		}
	}

	private int slot(long batch) {
		return (int) (batch % this.window.size());
	}

	/**
	 * One writer's way through the posts: it reads them once, in order, and leaves the relay
	 * when it has read them all, when reading them fails, or when it is closed, whichever comes
	 * first; the relay then no longer waits for it.
	 */
	public final class Reader implements PostRows, AutoCloseable {

		/** The batch this reader reads next; guarded by the relay's lock. */
		private long next;

		private boolean used;

		private boolean closed;

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
			synchronized (PostRelay.this.lock) {
				if (this.used) {
					throw new IllegalStateException("a reader of the posts reads them once");
				}
				if (this.closed) {
					throw new IllegalStateException("this reader of the posts was closed before it read them: "
							+ "a writer reads the posts before it waits for the top posts");
				}
				this.used = true;
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
			synchronized (PostRelay.this.lock) {
				while (this.next == PostRelay.this.published && !PostRelay.this.ended) {
					try {
						PostRelay.this.lock.wait();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("interrupted while waiting for posts", ex);
					}
				}
				if (PostRelay.this.failure != null) {
					throw new IllegalStateException("the posts could not be read: " + PostRelay.this.failure,
							PostRelay.this.failure);
				}
				if (this.next == PostRelay.this.published) {
					return null;
				}
				List<ClassifiedPost> batch = PostRelay.this.window.get(slot(this.next));
				// the slot may be emptied or filled again from now on: this reader holds its batch
				this.next++;
				releasePassedBatches();
				PostRelay.this.lock.notifyAll();
				return batch;
			}
		}

		/** Leaves the relay: it no longer waits for this reader, which cannot read any more. */
		@Override
		public void close() {
			synchronized (PostRelay.this.lock) {
				this.closed = true;
				if (PostRelay.this.readers.remove(this)) {
					releasePassedBatches();
					PostRelay.this.lock.notifyAll();
				}
			}
		}

	}

}
