package org.socialreports.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time on a database: an operating-system lock on a file, which the system
 * releases by itself when the process dies, even by {@code kill -9}, so that a crashed run
 * never blocks the next one.
 */
final class RunLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** @return the lock, or empty when another process holds it */
	static Optional<RunLock> tryAcquire(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock = channel.tryLock();
		if (lock == null) {
			channel.close();
			return Optional.empty();
		}
		RunLock runLock = new RunLock(channel, lock);
		try {
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
		}
		catch (IOException ex) {
			runLock.close();
			throw ex;
		}
		return Optional.of(runLock);
	}

	/** The process id written by the holder, for the message of the one that waits. */
	static String holder(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}
