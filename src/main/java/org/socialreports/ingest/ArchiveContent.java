package org.socialreports.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The bytes of one archive, opened as often as a reading needs them: a file of the input
 * folder, or an entry of a zip read in place (never extracted to disk).
 */
@FunctionalInterface
public interface ArchiveContent {

	InputStream open() throws IOException;

	/** A file of the input folder, opened without following a symbolic link. */
	static ArchiveContent of(Path file) {
		return () -> Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
	}

}
