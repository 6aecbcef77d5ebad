package org.socialreports.report;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of one run, {@code <output>/<run date>/}. Files are written into a hidden staging
 * folder first, each under a temporary name; the folder takes its real name only once every
 * file is complete, and only then does {@code <output>/latest} point at it. A reader therefore
 * never sees a half-written report, and a failed run leaves the previous one untouched.
 * <p>
 * Several runs may write into one output folder at once (each with its own database). A run
 * holds a lock on its staging folder's lock file ({@link StagingLock}) for as long as it writes
 * and publishes, so that the sweep of another run, which deletes what dead runs left, leaves its
 * files alone; sweeps and publications hold the {@link OutputLock}, so that they never
 * interleave.
 * <p>
 * A run may die at any point ({@code kill -9}, a power cut) or fail (an I/O error). The next
 * run's sweep, or the failing run itself, settles what it left ({@link Leftovers}) so that
 * latest always shows a complete report and no report that the day's folder held is lost:
 * <ol>
 * <li>while writing: the staging folder, which nothing shows, is deleted;</li>
 * <li>(first run of the day) after the staging folder took the day's name, before latest
 * pointed at it: latest still shows the earlier report, until the next publication;</li>
 * <li>(the day's folder exists) while linking the copy: the copy and the staging folder are
 * deleted, the day's folder and latest are untouched;</li>
 * <li>after latest pointed at the staging folder: latest goes back to the day's folder, then the
 * copy and the staging folder are deleted;</li>
 * <li>after the day's folder was moved aside, into the replaced folder: it takes the day's name
 * again, then as above;</li>
 * <li>after the copy took the day's name: the replaced folder is deleted, latest points at the
 * day's folder (the new report), the staging folder is deleted;</li>
 * <li>after latest pointed at the day's folder, while the replaced or the staging folder was
 * deleted: what is left of them is deleted (a replaced folder is renamed obsolete first, so
 * that one half deleted is never restored);</li>
 * <li>while latest was swapped: the new link, under its temporary name, is deleted; latest was
 * either link, both complete;</li>
 * <li>during a sweep: the dead run's lock file stays until the end, so the next sweep does it
 * again; each of its steps can be done twice.</li>
 * </ol>
 * The folder latest points at is never deleted: should the day's folder be gone as well, a dead
 * run's staging folder stays until a publication points latest elsewhere.
 */
public final class ReportFolder {

	private final Path outputRoot;

	private final RunFiles run;

	private final StagingLock lock;

	private ReportFolder(Path outputRoot, RunFiles run, StagingLock lock) {
		this.outputRoot = outputRoot;
		this.run = run;
		this.lock = lock;
	}

	public static ReportFolder create(Path outputRoot, LocalDate runDate) throws IOException {
		Path root = outputRoot.toAbsolutePath().normalize();
		Files.createDirectories(root);
		try (OutputLock held = OutputLock.acquire(root)) {
			Leftovers.sweep(root);
			Path lockFile = Files.createTempFile(root, "." + runDate + ".partial-", ".lock");
			RunFiles run = RunFiles.of(root, lockFile.getFileName().toString()).orElseThrow();
			StagingLock lock;
			try {
				lock = StagingLock.hold(lockFile);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(lockFile);
				throw ex;
			}
			ReportFolder folder = new ReportFolder(root, run, lock);
			try {
				Files.createDirectory(run.staging());
				// temporary folders are private to their owner; a published report is for its readers too
				if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
					Files.setPosixFilePermissions(run.staging(), PosixFilePermissions.fromString("rwxr-xr-x"));
				}
			}
			catch (IOException | RuntimeException ex) {
				folder.settleFailure(ex);
				throw ex;
			}
			return folder;
		}
	}

	/** Writes one file under a temporary name, then renames it into the staging folder. */
	public void write(String fileName, FileContent content) throws IOException {
		Path temporary = this.run.staging().resolve(fileName + ".tmp");
		content.writeTo(temporary);
		Files.move(temporary, this.run.staging().resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Gives the finished folder the day's name, replacing an earlier run's of the same day, and
	 * points latest at it.
	 */
	public Path publish() throws IOException {
		Path day = this.run.dayFolder();
		try (OutputLock held = OutputLock.acquire(this.outputRoot)) {
			try {
				if (Files.exists(day, LinkOption.NOFOLLOW_LINKS)) {
					replace(day);
				}
				else {
					Files.move(this.run.staging(), day, StandardCopyOption.ATOMIC_MOVE);
					LatestLink.pointAt(this.outputRoot, this.run.day());
				}
			}
			catch (IOException | RuntimeException ex) {
				settleFailure(ex);
				throw ex;
			}
			this.lock.release();
			// what runs that died since this one started left, and a folder that latest showed until now
			Leftovers.sweep(this.outputRoot);
		}
		return day;
	}

	/**
	 * A folder that is not empty cannot be renamed over another, so while the day's folder is
	 * swapped, latest shows the staging folder, complete; the day's name goes to a second copy
	 * of it, made of hard links, since the staging folder must stay where it is until latest
	 * points elsewhere. The earlier folder is deleted only once its successor is in place.
	 */
	private void replace(Path day) throws IOException {
		copyAsLinks(this.run.staging(), this.run.linked());
		LatestLink.pointAt(this.outputRoot, this.run.staging().getFileName().toString());
		Files.createDirectory(this.run.replaced());
		Files.move(day, this.run.replaced().resolve(this.run.day()), StandardCopyOption.ATOMIC_MOVE);
		Files.move(this.run.linked(), day, StandardCopyOption.ATOMIC_MOVE);
		LatestLink.pointAt(this.outputRoot, this.run.day());
		Leftovers.dropReplaced(this.run);
		Leftovers.deleteRecursively(this.run.staging());
	}

	private static void copyAsLinks(Path source, Path copy) throws IOException {
		Files.createDirectory(copy);
		if (copy.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(source));
		}
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : paths.skip(1).toList()) {
				Path target = copy.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectory(target);
				}
				else {
					link(target, path);
				}
			}
		}
	}

	private static void link(Path link, Path existing) throws IOException {
		try {
			Files.createLink(link, existing);
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			// a file system without hard links: a copy takes longer, and the space again
			Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	/** Removes the staging folder of a run that failed. */
	public void discard() throws IOException {
		if (!this.lock.held()) {
			return;
		}
		try (OutputLock held = OutputLock.acquire(this.outputRoot)) {
			Leftovers.settle(this.outputRoot, List.of(this.run));
		}
		finally {
			this.lock.release();
		}
	}

	/** Settles what this run made as the next run's sweep would, the output lock being held. */
	private void settleFailure(Exception failure) {
		try {
			Leftovers.settle(this.outputRoot, List.of(this.run));
		}
		catch (IOException | RuntimeException ex) {
			// left as they are, without a lock file: the next sweep settles them
			failure.addSuppressed(ex);
		}
		try {
			this.lock.release();
		}
		catch (IOException | RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	/** Writes a file's content to the path it is given. */
	@FunctionalInterface
	public interface FileContent {

		void writeTo(Path target) throws IOException;

	}

}
