package org.socialreports.ingest.xml;

import java.nio.file.Path;

import org.socialreports.ingest.ArchiveParser;

/**
 * The XML formats: WordPress exports (WXR) and RSS or Atom feeds, parsed with DTDs refused.
 */
public final class XmlArchives {

	private XmlArchives() {
	}

	public static ArchiveParser openExport(Path file, String source) {
		return new WxrArchiveParser(file, source);
	}

	public static ArchiveParser openFeed(Path file, String source) {
		return new FeedArchiveParser(file, source);
	}

}
