package org.socialreports.ingest.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.CutRecords;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.HtmlText;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.PostAssembler;
import org.socialreports.ingest.PostDates;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

/**
 * Reads a WordPress export (WXR): the published posts, one {@code <item>} at a time with StAX,
 * so that an export of any size is read in the memory of its largest post, and the text of an
 * element is cut to {@link #MAX_TEXT_CHARS}, so that a post is too.
 * <p>
 * Pages, attachments, menu items and posts that are not published (drafts, pending, private,
 * scheduled, or dated after today) are counted as {@link #skipped() skipped}: they are not
 * posts readers saw, and not errors either. A file that stops being well-formed ends with a
 * reject at the line where parsing stopped; the posts before it are kept.
 */
final class WxrArchiveParser implements ArchiveParser {

	static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

	static final String DC_NS = "http://purl.org/dc/elements/1.1/";

	/**
	 * The longest text of an element kept whole: no post is a million characters long, but a
	 * post's HTML with an inline image can be 100 MB.
	 */
	static final int MAX_TEXT_CHARS = 1 << 20;

	private final Path file;

	private final String source;

	private final Clock clock;

	private final int maxTextChars;

	private final CutRecords cut;

	// whether a text of the item being read was cut
	private boolean itemCut;

	// login -> display name, from the <wp:author> elements that precede the items
	private final Map<String, String> authors = new HashMap<>();

	private InputStream in;

	private XMLStreamReader xml;

	private boolean finished;

	private long skipped;

	WxrArchiveParser(Path file, String source) {
		this(file, source, Clock.systemDefaultZone());
	}

	WxrArchiveParser(Path file, String source, Clock clock) {
		this(file, source, clock, MAX_TEXT_CHARS);
	}

	/**
	 * @param maxTextChars the longest text of an element kept whole
	 */
	WxrArchiveParser(Path file, String source, Clock clock, int maxTextChars) {
		this.file = file;
		this.source = source;
		this.clock = clock;
		this.maxTextChars = maxTextChars;
		this.cut = new CutRecords(source, maxTextChars);
	}

	/** @return how many posts read so far were kept with a text cut to the limit */
	public long cut() {
		return this.cut.count();
	}

	/** WordPress wrote {@code http://wordpress.org/export/1.x/} for years, then https. */
	static boolean isExportNamespace(String namespace) {
		return namespace != null && (namespace.startsWith("http://wordpress.org/export/")
				|| namespace.startsWith("https://wordpress.org/export/"));
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.finished) {
			return null;
		}
		try {
			if (this.xml == null) {
				this.in = new BufferedInputStream(Files.newInputStream(this.file, LinkOption.NOFOLLOW_LINKS));
				this.xml = SecureXml.inputFactory().createXMLStreamReader(this.in);
			}
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.DTD) {
					return end(this.xml.getLocation().getLineNumber(), SecureXml.DTD_REFUSED);
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if ("author".equals(this.xml.getLocalName()) && isExportNamespace(this.xml.getNamespaceURI())) {
					readAuthor();
				}
				else if ("item".equals(this.xml.getLocalName()) && isEmpty(this.xml.getNamespaceURI())) {
					ArchiveEntry entry = readItem();
					if (entry != null) {
						return entry;
					}
				}
			}
			this.finished = true;
			return null;
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
			return end(Math.max(line, 0), "XML not well-formed at line " + line + ", reading stopped: "
					+ SecureXml.message(ex));
		}
	}

	private static boolean isEmpty(String namespace) {
		return namespace == null || namespace.isEmpty();
	}

	private void readAuthor() throws XMLStreamException {
		String login = null;
		String displayName = null;
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (this.xml.getLocalName()) {
					case "author_login" -> login = text();
					case "author_display_name" -> displayName = text();
					default -> depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		if (login != null && !login.isBlank()) {
			String name = (displayName != null && !displayName.isBlank()) ? displayName.strip() : login.strip();
			this.authors.put(loginKey(login), name);
		}
	}

	/** @return the item's post, a reject, or {@code null} when the item is skipped */
	private ArchiveEntry readItem() throws XMLStreamException {
		long line = this.xml.getLocation().getLineNumber();
		this.itemCut = false;
		Item item = new Item();
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && depth == 1) {
				if (!item.read(this.xml.getNamespaceURI(), this.xml.getLocalName())) {
					depth++;
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		if (!"post".equals(item.type) || !"publish".equals(item.status)) {
			this.skipped++;
			return null;
		}
		Optional<LocalDate> date = PostDates.parse(item.postDate).or(() -> PostDates.parse(item.pubDate));
		if (date.isEmpty()) {
			String written = (item.postDate != null && !item.postDate.isBlank()) ? item.postDate : item.pubDate;
			return new Reject(this.source, line,
					(written == null || written.isBlank()) ? "no date" : "unreadable date '" + written.strip() + "'");
		}
		if (date.get().isAfter(LocalDate.now(this.clock))) {
			// published with a date to come: WordPress shows it only from that day
			this.skipped++;
			return null;
		}
		return this.cut.count(blogPost(PostAssembler.assemble(this.source, line, item.title, author(item.creator),
				date.get(), HtmlText.ofWordPress(item.content), item.categories), item.link), this.itemCut);
	}

	/** A post of the blog, at its address on the blog when the export gives one. */
	private static ArchiveEntry blogPost(ArchiveEntry entry, String link) {
		if (entry instanceof Post post && link != null && !link.isBlank()) {
			return post.from(PostOrigin.BLOG.withUrl(link.strip()), Engagement.UNKNOWN);
		}
		return entry;
	}

	private String author(String creator) {
		if (creator == null) {
			return null;
		}
		String key = loginKey(creator);
		return this.authors.getOrDefault(key, key);
	}

	// Some exports carry stray angle brackets around the login (">themereviewteam").
	private static String loginKey(String login) {
		return login.strip().replaceAll("^[<>\\s]+|[<>\\s]+$", "");
	}

	/** The text of the current element and its descendants; the reader ends on its end tag. */
	private String text() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					int room = this.maxTextChars - text.length();
					int length = this.xml.getTextLength();
					text.append(this.xml.getTextCharacters(), this.xml.getTextStart(), Math.min(room, length));
					this.itemCut |= length > room;
				}
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				default -> {
				}
			}
		}
		return text.toString();
	}

	private ArchiveEntry end(long line, String reason) {
		this.finished = true;
		closeQuietly();
		return new Reject(this.source, line, reason);
	}

	@Override
	public long skipped() {
		return this.skipped;
	}

	@Override
	public void close() throws IOException {
		this.finished = true;
		this.cut.log();
		closeQuietly();
	}

	private void closeQuietly() {
		try {
			if (this.xml != null) {
				this.xml.close();
			}
		}
		catch (XMLStreamException ex) {
			// closing frees the reader only; the stream below is closed next
		}
		try {
			if (this.in != null) {
				this.in.close();
			}
		}
		catch (IOException ex) {
			// nothing was written, nothing to lose
		}
	}

	/** The fields of one {@code <item>} that make a post. */
	private final class Item {

		String title;

		String creator;

		String postDate;

		String pubDate;

		String content;

		String link;

		String type;

		String status;

		final List<String> categories = new ArrayList<>();

		/** @return whether the element was read to its end */
		boolean read(String namespace, String name) throws XMLStreamException {
			String ns = (namespace != null) ? namespace : "";
			if (ns.isEmpty()) {
				switch (name) {
					case "title" -> this.title = text();
					case "link" -> this.link = text();
					case "pubDate" -> this.pubDate = text();
					case "category" -> this.categories.add(text());
					default -> {
						return false;
					}
				}
			}
			else if (isExportNamespace(ns)) {
				switch (name) {
					case "post_date" -> this.postDate = text();
					case "post_type" -> this.type = text().strip().toLowerCase(Locale.ROOT);
					case "status" -> this.status = text().strip().toLowerCase(Locale.ROOT);
					default -> {
						return false;
					}
				}
			}
			else if (ns.equals(DC_NS) && name.equals("creator")) {
				this.creator = text();
			}
			else if (ns.equals(CONTENT_NS) && name.equals("encoded")) {
				this.content = text();
			}
			else {
				return false;
			}
			return true;
		}

	}

}
