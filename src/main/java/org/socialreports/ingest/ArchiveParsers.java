package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the parser that fits an archive file, by what its content looks like.
 */
public final class ArchiveParsers {

	private ArchiveParsers() {
	}

	public static ArchiveParser open(Path file, String source) throws IOException {
		ArchiveFormatDetector.Detection detection = ArchiveFormatDetector.detect(file);
		return switch (detection.format()) {
			case TEXT -> new TextArchiveParser(file, source);
			case WXR -> new WxrArchiveParser(file, source);
			case FEED -> new FeedArchiveParser(file, source);
			case CSV -> new CsvArchiveParser(file, source);
			case JSON -> new JsonArchiveParser(file, source);
			case JSON_LINES -> new JsonLinesArchiveParser(file, source);
			case UNSUPPORTED -> new UnsupportedArchiveParser(source, detection.detail());
		};
	}

}
