package org.socialreports.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of one run, {@code <output>/<run date>/}. Files are written into a hidden staging
 * folder first, each under a temporary name; the folder takes its real name only once every
 * file is complete, and only then does {@code <output>/latest} point at it. A reader therefore
 * never sees a half-written report, and a failed run leaves the previous one untouched.
 */
public final class ReportFolder {

	static final String LATEST = "latest";

	private final Path outputRoot;

	private final String name;

	private final Path staging;

	private ReportFolder(Path outputRoot, String name, Path staging) {
		this.outputRoot = outputRoot;
		this.name = name;
		this.staging = staging;
	}

	public static ReportFolder create(Path outputRoot, LocalDate runDate) throws IOException {
		Files.createDirectories(outputRoot);
		sweepLeftovers(outputRoot);
		String name = runDate.toString();
		Path staging = Files.createTempDirectory(outputRoot, "." + name + ".partial-");
		// temporary folders are private to their owner; a published report is for its readers too
		if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return new ReportFolder(outputRoot, name, staging);
	}

	/** Writes one file under a temporary name, then renames it into the staging folder. */
	public void write(String fileName, FileContent content) throws IOException {
		Path temporary = this.staging.resolve(fileName + ".tmp");
		content.writeTo(temporary);
		Files.move(temporary, this.staging.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Gives the finished folder its name, replacing an earlier run of the same day, and points
	 * latest at it. A folder that is not empty cannot be replaced in one rename, so while the
	 * day's folder is swapped, latest points at the complete staging folder: at every moment it
	 * shows a complete report.
	 */
	public Path publish() throws IOException {
		Path target = this.outputRoot.resolve(this.name);
		if (Files.exists(target)) {
			pointLatestAt(this.staging.getFileName().toString());
			Path previous = Files.createTempDirectory(this.outputRoot, "." + this.name + ".replaced-");
			Files.move(target, previous.resolve(this.name), StandardCopyOption.ATOMIC_MOVE);
			Files.move(this.staging, target, StandardCopyOption.ATOMIC_MOVE);
			pointLatestAt(this.name);
			deleteRecursively(previous);
		}
		else {
			Files.move(this.staging, target, StandardCopyOption.ATOMIC_MOVE);
			pointLatestAt(this.name);
		}
		return target;
	}

	/**
	 * Removes what runs that died left behind: staging folders and replaced folders. The run
	 * lock is held, so no other run is writing them.
	 */
	private static void sweepLeftovers(Path outputRoot) throws IOException {
		try (Stream<Path> entries = Files.list(outputRoot)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				if (name.startsWith(".") && (name.contains(".partial-") || name.contains(".replaced-"))
						&& !Files.isSymbolicLink(entry)) {
					deleteRecursively(entry);
				}
			}
		}
	}

	/** Removes the staging folder of a run that failed. */
	public void discard() throws IOException {
		deleteRecursively(this.staging);
	}

	private void pointLatestAt(String folderName) throws IOException {
		Path link = this.outputRoot.resolve("." + LATEST + ".tmp");
		Files.deleteIfExists(link);
		try {
			Files.createSymbolicLink(link, Path.of(folderName));
		}
		catch (UnsupportedOperationException | FileAlreadyExistsException ex) {
			throw new IOException("cannot create the link " + link + ": " + ex.getMessage(), ex);
		}
		// rename(2) over the old link: readers see the old target or the new one, never none
		Files.move(link, this.outputRoot.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** Writes a file's content to the path it is given. */
	@FunctionalInterface
	public interface FileContent {

		void writeTo(Path target) throws IOException;

	}

}
