package org.socialreports.classify;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one turn to write staged posts, shared by every partition: from a chunk's inserts to its
 * commit, one chunk at a time. HSQLDB's cached tables guard their row cache with one fair lock,
 * on which two writers mostly wait for each other: a million rows took 21 s from two threads
 * and 7 s from one; the other partitions keep reading, classifying and binding their next batch
 * while one writes. That was measured on HSQLDB, and holds there only: PostgreSQL's writers
 * each have their own server process, and there every partition writes when it is ready
 * ({@link #free()}).
 */
final class WritingTurn {

	private final Lock lock;

	/** One chunk at a time, as the embedded HSQLDB needs. */
	WritingTurn() {
		this(new ReentrantLock());
	}

	private WritingTurn(Lock lock) {
		this.lock = lock;
	}

	/** No turn: each chunk is written when it is ready. */
	static WritingTurn free() {
		return new WritingTurn(null);
	}

	/** Whether writers take turns. */
	boolean exclusive() {
		return this.lock != null;
	}

	/**
	 * The turn the database needs: one writer at a time on HSQLDB, none on PostgreSQL (there,
	 * two threads wrote 200,000 posts in 6.2 s each as it came against 9.4 s taking turns).
	 */
	static WritingTurn forDatabase(JdbcTemplate jdbc) {
		boolean hsqldb = jdbc.execute((ConnectionCallback<Boolean>) (connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.startsWith("HSQL"));
		return hsqldb ? new WritingTurn() : free();
	}

	/**
	 * Runs the inserts in the turn, and keeps it until the transaction they run in ends:
	 * committing touches every inserted row again, in the same row cache, and a commit beside
	 * the next chunk's inserts cost as much waiting as two writers did.
	 */
	<E extends Exception> void run(Inserts<E> inserts) throws E {
		if (this.lock == null) {
			inserts.run();
			return;
		}
		this.lock.lock();
		boolean releasedOnCompletion = false;
		try {
			inserts.run();
			releasedOnCompletion = releaseOnCompletion();
		}
		finally {
			if (!releasedOnCompletion) {
				this.lock.unlock();
			}
		}
	}

	private boolean releaseOnCompletion() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return false;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				WritingTurn.this.lock.unlock();
			}
		});
		return true;
	}

	@FunctionalInterface
	interface Inserts<E extends Exception> {

		void run() throws E;

	}

}
