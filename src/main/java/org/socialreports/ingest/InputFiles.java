package org.socialreports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The archives of an input folder: every regular file below it, recursively, in the order of
 * their relative paths so that every run reads them in the same order (restart depends on it).
 * Hidden files and folders (editor back-ups, {@code .git}) are not archives.
 */
public final class InputFiles {

	private InputFiles() {
	}

	public static List<Path> list(Path inputFolder) {
		try (Stream<Path> files = Files.walk(inputFolder)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !isHidden(inputFolder.relativize(file)))
				.sorted(Comparator.comparing((Path file) -> sourceName(inputFolder, file)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list input folder " + inputFolder, ex);
		}
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
