package org.socialreports.ingest.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.socialreports.ingest.ArchiveParser;

/**
 * The WordPress text dump, the sample's format: posts ended by
 * {@code … was last modified: <date> by <author>} footers. Its reader, and the cutting of a
 * large dump into parts of whole posts, read side by side.
 */
public final class TextArchives {

	private TextArchives() {
	}

	public static ArchiveParser open(Path file, String source) {
		return new TextArchiveParser(file, source);
	}

	/** The part of a dump that {@link #split} cut: its posts, with the lines the whole file gives them. */
	public static ArchiveParser openPart(Path file, String source, TextRange range) {
		return new TextArchiveParser(file, source, range);
	}

	/** Cuts a dump into parts of about {@code partBytes}, each ending just after a footer. */
	public static List<TextRange> split(Path file, long partBytes) throws IOException {
		return TextArchiveSplitter.split(file, partBytes);
	}

	/** Whether a line is a footer, which tells a dump from other text. */
	public static boolean isFooter(String line) {
		return FooterParser.isFooter(line);
	}

}
