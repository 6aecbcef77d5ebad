package org.socialreports.ingest.zip;

import java.nio.file.Path;

import org.socialreports.ingest.ArchiveParser;

/**
 * Exports zipped as the networks let people download them (an X archive, a Mastodon or
 * LinkedIn export, Facebook's and Instagram's "download your information"), read in place.
 */
public final class ZipArchives {

	/** The signature a zip file starts with: a local file header, or the end of an empty archive. */
	public static boolean isZip(byte[] head) {
		return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
				&& ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
	}

	private ZipArchives() {
	}

	public static ArchiveParser open(Path zip, String source) {
		return new ZipExportParser(zip, source, ZipLimits.DEFAULT);
	}

}
