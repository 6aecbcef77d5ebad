package org.socialreports.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Semaphore;

/**
 * One run at a time sweeps or publishes in an output folder: an operating-system lock on
 * {@code <output>/.publish.lock}, held for the renames of a sweep or a publication (milliseconds,
 * unless a dead run left much to delete), so that two runs writing into one folder never
 * interleave them. The file stays: one that is deleted while another process waits to lock it
 * lets that process and a third, which creates it anew, both hold "the" lock.
 */
final class OutputLock implements AutoCloseable {

	static final String FILE_NAME = ".publish.lock";

	/**
	 * Within one JVM: {@link FileChannel#lock()} throws rather than waits while the JVM holds
	 * the lock, and a second channel on the file would drop it when closed.
	 */
	private static final Semaphore IN_THIS_JVM = new Semaphore(1);

	private final FileChannel channel;

	private OutputLock(FileChannel channel) {
		this.channel = channel;
	}

	/** Waits until no other run sweeps or publishes in the output folder. */
	static OutputLock acquire(Path outputRoot) throws IOException {
		IN_THIS_JVM.acquireUninterruptibly();
		try {
			FileChannel channel = FileChannel.open(outputRoot.resolve(FILE_NAME), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			try {
				channel.lock();
			}
			catch (IOException | RuntimeException ex) {
				channel.close();
				throw ex;
			}
			return new OutputLock(channel);
		}
		catch (IOException | RuntimeException ex) {
			IN_THIS_JVM.release();
			throw ex;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.channel.close();
		}
		finally {
			IN_THIS_JVM.release();
		}
	}

}
