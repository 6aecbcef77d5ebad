package org.socialreports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The archives of an input folder: every regular file below it, recursively, in the order of
 * their relative paths so that every run reads them in the same order (restart depends on it).
 * Hidden files and folders (editor back-ups, {@code .git}) are not archives.
 * <p>
 * Symbolic links are never followed: one leading outside the folder would let the job read
 * (and a report show) any file of the machine, one to a folder may loop, and one to a file of
 * the folder would count its posts twice. Each link passed over is logged with its target.
 */
public final class InputFiles {

	private static final Log logger = LogFactory.getLog(InputFiles.class);

	private InputFiles() {
	}

	/**
	 * @param inputFolder the folder, its links resolved (as {@link InputFolder#path()} is): the
	 * files listed are below it
	 */
	public static List<Path> list(Path inputFolder) {
		List<Path> files = new ArrayList<>();
		try {
			Path root = inputFolder.toRealPath();
			Files.walkFileTree(root, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return (!dir.equals(root) && isHidden(root.relativize(dir)))
							? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (isHidden(root.relativize(file))) {
						return FileVisitResult.CONTINUE;
					}
					if (attributes.isSymbolicLink()) {
						logger.warn("Passed over the symbolic link " + LogText.quote(sourceName(root, file)) + " -> "
								+ LogText.quote(target(file)) + ": " + whyLinkIsNotRead(root, file));
					}
					else if (attributes.isRegularFile()) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					logger.warn("Cannot look into " + LogText.quote(sourceName(root, file)) + " (" + ex
							+ "); it is passed over");
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list input folder " + inputFolder, ex);
		}
		// below one root, the order of the paths is the order of the names below it
		files.sort(Comparator.comparing(Path::toString));
		return List.copyOf(files);
	}

	private static String target(Path link) {
		try {
			return Files.readSymbolicLink(link).toString();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String whyLinkIsNotRead(Path root, Path link) {
		Path real;
		try {
			real = link.toRealPath();
		}
		catch (IOException ex) {
			return "its target does not exist";
		}
		if (!real.startsWith(root)) {
			return "it leads outside the input folder, whose files alone are read";
		}
		return Files.isDirectory(real) ? "links to folders are not followed"
				: "links are not followed; its target is read under its own name";
	}

	/**
	 * Why a planned file can no longer be read, if it cannot: it may have gone, become a link or
	 * lost its permissions since the run listed it.
	 */
	static Optional<String> whyUnreadable(Path file) {
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.of("it no longer exists");
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.of("it is no longer a file (a symbolic link or a folder now); links are not followed");
		}
		if (!Files.isReadable(file)) {
			return Optional.of("permission denied");
		}
		return Optional.empty();
	}

	/** The name a post's source is recorded under: its path below the input folder, with '/'. */
	public static String sourceName(Path inputFolder, Path file) {
		return inputFolder.relativize(file).toString().replace('\\', '/');
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
