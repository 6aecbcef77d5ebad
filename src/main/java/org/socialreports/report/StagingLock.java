package org.socialreports.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a run holds on its lock file ({@link RunFiles#lockFile()}) from the moment it creates
 * its staging folder until it has published or discarded it. The operating system lets go of it
 * when the process dies, even by {@code kill -9}: a lock that can be taken belongs to a run that
 * is gone, and so do the files named after it.
 */
final class StagingLock {

	/**
	 * The lock files of this JVM's runs, known without opening them: on Linux, closing any
	 * channel of a file drops every lock the process holds on it.
	 */
	private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

	private final Path file;

	private final FileChannel channel;

	private StagingLock(Path file, FileChannel channel) {
		this.file = file;
		this.channel = channel;
		HELD.add(key(file));
	}

	/** Locks a lock file that its run has just created. */
	static StagingLock hold(Path file) throws IOException {
		return takeOver(file).orElseThrow(() -> new IOException("cannot lock " + file + ": another process holds it"));
	}

	/** @return the lock of a run that died, now the caller's; empty as long as its run lives */
	static Optional<StagingLock> takeOver(Path file) throws IOException {
		if (HELD.contains(key(file))) {
			return Optional.empty();
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
		try {
			if (channel.tryLock() != null) {
				return Optional.of(new StagingLock(file, channel));
			}
		}
		catch (OverlappingFileLockException ex) {
			// locked through another channel of this JVM, by code other than a run: a live owner
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
		}
		channel.close();
		return Optional.empty();
	}

	boolean held() {
		return this.channel.isOpen();
	}

	/** Deletes the lock file, then lets go of the lock: what the run made is settled. */
	void release() throws IOException {
		if (!held()) {
			return;
		}
		try {
			Files.deleteIfExists(this.file);
		}
		finally {
			this.channel.close();
			HELD.remove(key(this.file));
		}
	}

	private static Path key(Path file) {
		return file.toAbsolutePath().normalize();
	}

}
