package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the parser that fits an archive file.
 */
public final class ArchiveParsers {

	private ArchiveParsers() {
	}

	public static ArchiveParser open(Path file, String source) throws IOException {
		return new TextArchiveParser(file, source);
	}

}
