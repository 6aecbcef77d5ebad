package org.socialreports.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialreports.ingest.social.SocialExports;
import org.socialreports.ingest.social.SocialFormat;
import org.socialreports.ingest.tabular.TabularArchives;
import org.socialreports.ingest.text.TextArchives;
import org.socialreports.ingest.zip.ZipArchives;

/**
 * Tells the format of an archive from its first bytes, because users name files as they like
 * (a feed saved as {@code .txt}, an export as {@code .rss}). The extension only decides
 * between text formats that the content leaves open.
 */
public final class ArchiveFormatDetector {

	/**
	 * @param format the format found
	 * @param detail for {@link ArchiveFormat#UNSUPPORTED}, what the file looked like
	 * @param social for {@link ArchiveFormat#SOCIAL}, which export file it is
	 */
	public record Detection(ArchiveFormat format, String detail, SocialFormat social) {

		static Detection of(ArchiveFormat format) {
			return new Detection(format, "", null);
		}

		static Detection unsupported(String detail) {
			return new Detection(ArchiveFormat.UNSUPPORTED, detail, null);
		}

	}

	// <rss …>, <rdf:RDF …>, <feed …>, with any prefix: the root element's name
	private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s/>]");

	private static final Pattern WXR_NAMESPACE = Pattern.compile("xmlns:[\\w.-]+\\s*=\\s*[\"']https?://wordpress\\.org/export/");

	private static final Pattern PROLOG = Pattern.compile("\\A(?:\\s*(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>))*\\s*",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	/** Why a Bluesky repository export is one reject: what to give the job instead. */
	static final String BLUESKY_REPOSITORY = "a Bluesky repository export (.car), which the job does not read: no"
			+ " well-kept Java library reads CAR and DAG-CBOR; save the account's feed as JSON"
			+ " (app.bsky.feed.getAuthorFeed) instead";

	private ArchiveFormatDetector() {
	}

	public static Detection detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			head = in.readNBytes(CharsetDetector.SAMPLE_BYTES);
		}
		if (ZipArchives.isZip(head)) {
			return Detection.of(ArchiveFormat.ZIP);
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Optional<SocialFormat> social = SocialExports.recognise(name, head);
		if (social.isPresent()) {
			return new Detection(ArchiveFormat.SOCIAL, "", social.get());
		}
		if (SocialExports.holdsNoPosts(name, head) || isPartOfALinkedInExport(file, name)) {
			return Detection.of(ArchiveFormat.PASSED_OVER);
		}
		if (name.endsWith(".car")) {
			return Detection.unsupported(BLUESKY_REPOSITORY);
		}
		CharsetDetector.Detection charset = CharsetDetector.detect(head, head.length < CharsetDetector.SAMPLE_BYTES);
		boolean txt = name.endsWith(".txt");
		if (!charset.isUtf16() && BinaryContent.looksBinary(head, charset.bomLength())) {
			// the text parser says "binary file", as it always did for .txt
			return txt ? Detection.of(ArchiveFormat.TEXT) : Detection.unsupported("binary content");
		}
		String text = decode(head, charset);
		String start = text.stripLeading();
		if (start.isEmpty()) {
			// the text parser reports the empty file
			return Detection.of(ArchiveFormat.TEXT);
		}
		return switch (start.charAt(0)) {
			case '<' -> xml(start);
			// a JSON file whose objects have none of the fields of a post is one reject that says what it holds
			case '[' -> TabularArchives.isPostsJson(head) ? Detection.of(ArchiveFormat.JSON)
					: Detection.unsupported(SocialExports.describeUnknownJson(head));
			case '{' -> TabularArchives.isJsonFeed(head) ? Detection.of(ArchiveFormat.JSON_FEED)
					: TabularArchives.isPostsJson(head) ? Detection.of(ArchiveFormat.JSON_LINES)
							: Detection.unsupported(SocialExports.describeUnknownJson(head));
			default -> text(start, name, txt);
		};
	}

	/** LinkedIn's export is a folder of CSV files, of which only Shares.csv holds posts. */
	private static boolean isPartOfALinkedInExport(Path file, String name) {
		Path folder = file.getParent();
		return name.endsWith(".csv") && folder != null && Files.isRegularFile(folder.resolve("Profile.csv"))
				&& Files.isRegularFile(folder.resolve("Shares.csv"));
	}

	private static Detection xml(String start) {
		Matcher prolog = PROLOG.matcher(start);
		int rootAt = prolog.lookingAt() ? prolog.end() : 0;
		Matcher root = ROOT.matcher(start);
		if (!root.find(rootAt) || root.start() != rootAt) {
			return Detection.unsupported("XML without a recognisable root element");
		}
		String element = root.group(2);
		String prefix = (root.group(1) != null) ? root.group(1) : "";
		if (element.equals("rss")) {
			return Detection.of(WXR_NAMESPACE.matcher(start).find() ? ArchiveFormat.WXR : ArchiveFormat.FEED);
		}
		if (element.equals("feed") || (element.equals("RDF") && prefix.equals("rdf:"))) {
			return Detection.of(ArchiveFormat.FEED);
		}
		return Detection.unsupported("XML root element <" + prefix + element + ">");
	}

	private static Detection text(String start, String name, boolean txt) {
		int end = start.indexOf('\n');
		String firstLine = ((end >= 0) ? start.substring(0, end) : start).strip();
		if (TabularArchives.isPostsHeader(firstLine) || name.endsWith(".csv")) {
			return Detection.of(ArchiveFormat.CSV);
		}
		if (txt || start.lines().anyMatch(TextArchives::isFooter)) {
			return Detection.of(ArchiveFormat.TEXT);
		}
		return Detection.unsupported("neither XML, JSON, CSV nor a text dump");
	}

	private static String decode(byte[] head, CharsetDetector.Detection detection) {
		return TextFiles.decode(head, detection.bomLength(), head.length - detection.bomLength(), detection);
	}

}
