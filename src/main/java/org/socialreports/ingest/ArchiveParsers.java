package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.socialreports.ingest.social.SocialExports;
import org.socialreports.ingest.tabular.TabularArchives;
import org.socialreports.ingest.text.TextArchives;
import org.socialreports.ingest.xml.XmlArchives;
import org.socialreports.ingest.zip.ZipArchives;

/**
 * Opens the parser that fits an archive file, by what its content looks like (see
 * {@link ArchiveFormatDetector}): the one entry point to the readers of every format, each
 * family in a package of its own ({@code text}, {@code xml}, {@code tabular}, {@code social},
 * {@code zip}).
 */
public final class ArchiveParsers {

	private ArchiveParsers() {
	}

	public static ArchiveParser open(Path file, String source) throws IOException {
		ArchiveFormatDetector.Detection detection = ArchiveFormatDetector.detect(file);
		return switch (detection.format()) {
			case TEXT -> TextArchives.open(file, source);
			case WXR -> XmlArchives.openExport(file, source);
			case FEED -> XmlArchives.openFeed(file, source);
			case CSV -> TabularArchives.openCsv(file, source);
			case JSON -> TabularArchives.openJson(file, source);
			case JSON_LINES -> TabularArchives.openJsonLines(file, source);
			case JSON_FEED -> TabularArchives.openJsonFeed(file, source);
			case SOCIAL -> SocialExports.open(detection.social(), ArchiveContent.of(file), source,
					ExportAccounts.of(file, source, detection.social()));
			case ZIP -> ZipArchives.open(file, source);
			case PASSED_OVER -> new PassedOverArchiveParser();
			case UNSUPPORTED -> new UnsupportedArchiveParser(source, detection.detail());
		};
	}

}
