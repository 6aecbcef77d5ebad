package org.socialreports.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code <output>/latest}, the symbolic link that readers open. Only a run holding the
 * {@link OutputLock} changes it.
 */
final class LatestLink {

	static final String NAME = "latest";

	private static final String TEMPORARY = "." + NAME + ".tmp";

	private LatestLink() {
	}

	/** @return the folder latest points at, or null when there is no link */
	static Path target(Path outputRoot) throws IOException {
		try {
			return outputRoot.resolve(Files.readSymbolicLink(outputRoot.resolve(NAME))).normalize();
		}
		catch (NoSuchFileException | NotLinkException ex) {
			return null;
		}
	}

	/** Points latest at a folder of the output folder. */
	static void pointAt(Path outputRoot, String folderName) throws IOException {
		Path link = outputRoot.resolve(TEMPORARY);
		Files.deleteIfExists(link);
		try {
			Files.createSymbolicLink(link, Path.of(folderName));
		}
		catch (UnsupportedOperationException | FileAlreadyExistsException ex) {
			throw new IOException("cannot create the link " + link + ": " + ex.getMessage(), ex);
		}
		// rename(2) over the old link: readers see the old target or the new one, never none
		Files.move(link, outputRoot.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Deletes the new link of a run that died before it took latest's name. */
	static void deleteTemporary(Path outputRoot) throws IOException {
		Files.deleteIfExists(outputRoot.resolve(TEMPORARY));
	}

}
