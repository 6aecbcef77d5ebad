package org.socialreports.ingest.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.HtmlText;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.PostAssembler;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME. Feeds hold their last few dozen
 * entries, so the whole feed is read at once; a file past {@link #MAX_FEED_BYTES} is not a feed.
 * Entries have no line of their own in ROME's model: a post's line is its entry's ordinal.
 * <p>
 * Feed dates are instants (ROME keeps no offset), so the day is taken in UTC.
 */
final class FeedArchiveParser implements ArchiveParser {

	static final int MAX_FEED_BYTES = 64 << 20;

	private final Path file;

	private final String source;

	private Deque<ArchiveEntry> entries;

	FeedArchiveParser(Path file, String source) {
		this.file = file;
		this.source = source;
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.entries == null) {
			this.entries = new ArrayDeque<>(read());
		}
		return this.entries.poll();
	}

	private List<ArchiveEntry> read() throws IOException {
		if (Files.size(this.file) > MAX_FEED_BYTES) {
			return List.of(new Reject(this.source, 0, "feed too large (over " + (MAX_FEED_BYTES >> 20) + " MB)"));
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(this.file, LinkOption.NOFOLLOW_LINKS)) {
			bytes = in.readAllBytes();
		}
		Reject unsafe = refuseDtd(bytes);
		if (unsafe != null) {
			return List.of(unsafe);
		}
		SyndFeed feed;
		try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
			SyndFeedInput input = new SyndFeedInput();
			// ROME refuses DTDs and external entities by default; said again, because it matters
			input.setAllowDoctypes(false);
			feed = input.build(reader);
		}
		catch (ParsingFeedException ex) {
			return List.of(new Reject(this.source, Math.max(ex.getLineNumber(), 0), "feed not well-formed at line "
					+ ex.getLineNumber() + ": " + ((ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage())));
		}
		catch (FeedException | IllegalArgumentException ex) {
			return List.of(new Reject(this.source, 0, "not a readable feed: " + ex.getMessage()));
		}
		List<SyndEntry> items = feed.getEntries();
		return java.util.stream.IntStream.range(0, items.size())
			.mapToObj((i) -> toEntry(feed, items.get(i), i + 1))
			.toList();
	}

	/** Looks at the prolog with the same secure parser as the exports, for a clear reason. */
	private Reject refuseDtd(byte[] bytes) {
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.DTD) {
						return new Reject(this.source, xml.getLocation().getLineNumber(), SecureXml.DTD_REFUSED);
					}
					if (event == XMLStreamConstants.START_ELEMENT) {
						return null;
					}
				}
			}
			finally {
				xml.close();
			}
			return null;
		}
		catch (XMLStreamException | IOException ex) {
			// not for this check to judge: ROME reports it with its line
			return null;
		}
	}

	private ArchiveEntry toEntry(SyndFeed feed, SyndEntry entry, long ordinal) {
		Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
		if (date == null) {
			return new Reject(this.source, ordinal, "no date");
		}
		LocalDate day = date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
		List<String> categories = entry.getCategories().stream().map(SyndCategory::getName).toList();
		ArchiveEntry assembled = PostAssembler.assemble(this.source, ordinal, entry.getTitle(), author(feed, entry), day,
				body(entry), categories);
		if (assembled instanceof Post post) {
			String link = entry.getLink();
			PostOrigin origin = PostOrigin.of(Network.FEED);
			return post.from((link != null && !link.isBlank()) ? origin.withUrl(link.strip()) : origin, Engagement.UNKNOWN);
		}
		return assembled;
	}

	// dc:creator and <author> come as the entry's author; an Atom feed may name its author
	// once for all entries; a feed without any names the site.
	private static String author(SyndFeed feed, SyndEntry entry) {
		for (String candidate : new String[] { entry.getAuthor(), firstName(entry.getAuthors()), feed.getAuthor(),
				firstName(feed.getAuthors()), feed.getTitle() }) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate;
			}
		}
		return null;
	}

	private static String firstName(List<SyndPerson> people) {
		return people.stream().map(SyndPerson::getName).filter((name) -> name != null && !name.isBlank())
			.findFirst().orElse(null);
	}

	private static String body(SyndEntry entry) {
		List<SyndContent> contents = entry.getContents();
		if (!contents.isEmpty()) {
			return contents.stream().map(FeedArchiveParser::text).collect(Collectors.joining("\n\n"));
		}
		return (entry.getDescription() != null) ? text(entry.getDescription()) : "";
	}

	private static String text(SyndContent content) {
		String type = (content.getType() != null) ? content.getType().toLowerCase(Locale.ROOT) : "html";
		String value = (content.getValue() != null) ? content.getValue() : "";
		return (type.equals("text") || type.equals("text/plain")) ? value.strip() : HtmlText.of(value);
	}

	@Override
	public void close() {
		this.entries = new ArrayDeque<>();
	}

}
