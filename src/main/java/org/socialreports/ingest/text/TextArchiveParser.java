package org.socialreports.ingest.text;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.BinaryContent;
import org.socialreports.ingest.CharsetDetector;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.PostAssembler;
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.TextFiles;
import org.socialreports.ingest.TitleFromText;
import org.socialreports.ingest.LineReader;

/**
 * Reads the archive text dump: posts one after another, each a title line, body lines and the
 * WordPress footer {@code <title> was last modified: <month> <day>th, <year> by <author>}.
 * <p>
 * The file is streamed: only the post being read is held in memory, and no line is kept
 * beyond {@link #MAX_LINE_CHARS} characters. Bad content never throws; it becomes a
 * {@link Reject} and reading goes on with the next post.
 */
final class TextArchiveParser implements ArchiveParser {

	/** Longer lines are rejected: no paragraph of a blog post is a megabyte long. */
	public static final int MAX_LINE_CHARS = 1 << 20;

	/** Longer posts are rejected: it means footers are missing, not that a post is that long. */
	public static final int MAX_POST_CHARS = 4 << 20;

	/** How many lines a footer split by the markup's line breaks may run over. */
	static final int MAX_FOOTER_LINES = 8;

	private final Path file;

	private final String source;

	private final int maxLineChars;

	private final Deque<ArchiveEntry> ready = new ArrayDeque<>();

	private final PostBuffer post;

	private final Deque<LineReader.Line> lookahead = new ArrayDeque<>();

	private final TextRange range;

	private LineReader lines;

	private boolean opened;

	private boolean finished;

	private boolean sawFooter;

	private boolean sawText;

	/**
	 * @param file the archive to read; it is opened on the first call to {@link #next()}
	 * @param source the name recorded in posts and rejects, e.g. the path relative to the
	 * input folder
	 */
	TextArchiveParser(Path file, String source) {
		this(file, source, MAX_LINE_CHARS, MAX_POST_CHARS);
	}

	/**
	 * Reads a part of the file only, as {@link TextArchiveSplitter} cut it: its posts and rejects
	 * are those a reading of the whole file finds there, with the same line numbers.
	 */
	TextArchiveParser(Path file, String source, TextRange range) {
		this(file, source, MAX_LINE_CHARS, MAX_POST_CHARS, range);
	}

	TextArchiveParser(Path file, String source, int maxLineChars, int maxPostChars) {
		this(file, source, maxLineChars, maxPostChars, null);
	}

	TextArchiveParser(Path file, String source, int maxLineChars, int maxPostChars, TextRange range) {
		this.file = file;
		this.source = source;
		this.maxLineChars = maxLineChars;
		this.post = new PostBuffer(maxPostChars);
		this.range = range;
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (!this.opened) {
			open();
		}
		while (this.ready.isEmpty() && !this.finished) {
			LineReader.Line line = readLine();
			if (line == null) {
				finish();
			}
			else {
				accept(line);
			}
		}
		return this.ready.poll();
	}

	private void open() throws IOException {
		InputStream in = Files.newInputStream(this.file, LinkOption.NOFOLLOW_LINKS);
		try {
			byte[] head = in.readNBytes(CharsetDetector.SAMPLE_BYTES);
			CharsetDetector.Detection detection = CharsetDetector.detect(head,
					head.length < CharsetDetector.SAMPLE_BYTES);
			int bom = detection.bomLength();
			if (this.range != null && this.range.start() > 0) {
				// a later part begins just after a footer: as far as a reading of the whole file
				// goes, text and a footer were seen before
				this.sawText = true;
				this.sawFooter = true;
				this.lines = lines(detection, partOf(head, in, this.range.start()), this.range.firstLine());
			}
			else if (head.length == bom) {
				in.close();
				endWith(0, "empty file");
			}
			else if (!detection.isUtf16() && BinaryContent.looksBinary(head, bom)) {
				in.close();
				endWith(0, "binary file");
			}
			else {
				this.lines = lines(detection, partOf(head, in, bom), 1);
			}
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
		this.opened = true;
	}

	/** The file from byte {@code start} on, up to the end of the range when there is one. */
	private InputStream partOf(byte[] head, InputStream in, long start) throws IOException {
		InputStream content;
		if (start < head.length) {
			content = new SequenceInputStream(new ByteArrayInputStream(head, (int) start, head.length - (int) start),
					in);
		}
		else {
			in.skipNBytes(start - head.length);
			content = in;
		}
		return (this.range != null) ? new BoundedInputStream(content, this.range.end() - start) : content;
	}

	private LineReader lines(CharsetDetector.Detection detection, InputStream content, long firstLine) {
		return new LineReader(TextFiles.decoder(content, detection), this.maxLineChars, firstLine);
	}

	private LineReader.Line readLine() throws IOException {
		return this.lookahead.isEmpty() ? this.lines.readLine() : this.lookahead.poll();
	}

	private void accept(LineReader.Line line) throws IOException {
		if (line.truncated()) {
			this.sawText = true;
			reject(line.number(), "line too long (" + line.length() + " characters, at most " + this.maxLineChars
					+ "), left out");
		}
		else if (FooterParser.isFooter(line.text())) {
			this.sawText = true;
			FooterParser.Result footer = FooterParser.parse(line.text());
			if (footer instanceof FooterParser.Unreadable && FooterParser.mayContinue(line.text())) {
				footer = readSplitFooter(line.text(), footer);
			}
			endPost(line.number(), footer);
		}
		else {
			this.post.add(line.number(), line.text());
			this.sawText |= this.post.hasTitle();
		}
	}

	/**
	 * Joins the lines after an incomplete footer until the footer reads. When it does not
	 * within a few lines, those lines are read again as ordinary lines.
	 */
	private FooterParser.Result readSplitFooter(String start, FooterParser.Result unreadable) throws IOException {
		List<LineReader.Line> read = new ArrayList<>();
		StringBuilder footer = new StringBuilder(start);
		while (read.size() < MAX_FOOTER_LINES) {
			LineReader.Line next = readLine();
			if (next == null) {
				break;
			}
			read.add(next);
			if (next.truncated() || FooterParser.isFooter(next.text())) {
				break;
			}
			FooterParser.Result joined = FooterParser.parse(footer.append(' ').append(next.text()).toString());
			if (joined instanceof FooterLine) {
				return joined;
			}
		}
		for (int i = read.size() - 1; i >= 0; i--) {
			this.lookahead.addFirst(read.get(i));
		}
		return unreadable;
	}

	private void endPost(long footerLine, FooterParser.Result footer) {
		this.sawFooter = true;
		if (footer instanceof FooterParser.Unreadable unreadable) {
			String dropped = this.post.hasTitle() ? "; post from line " + this.post.titleLine() + " left out" : "";
			reject(footerLine, "unreadable footer: " + unreadable.reason() + dropped);
		}
		else if (footer instanceof FooterLine parsed) {
			if (!this.post.hasTitle()) {
				// Usually a footer repeated by the export: taking it as a post would count it twice.
				reject(footerLine, "footer without a post before it");
			}
			else if (this.post.overflowed()) {
				reject(this.post.titleLine(), "post too long (lines " + this.post.titleLine() + "-"
						+ this.post.lastLine() + " before the footer at line " + footerLine + ")");
			}
			else {
				addPost(footerLine, parsed);
			}
		}
		this.post.clear();
	}

	private void addPost(long footerLine, FooterLine footer) {
		// The footer's title should repeat the first line, but exports mangle one or the other
		// (quotes, entities): the first line is what readers saw. A footer split over lines has
		// its title on the line before, which ends the body.
		String body = footer.title().isEmpty() ? this.post.bodyWithoutTrailing(this.post.title()) : this.post.body();
		// a stray control character (a NUL) must not reach posts.csv and the database
		String title = PostAssembler.withoutControls(this.post.title()).strip();
		String author = PostAssembler.withoutControls(footer.author()).strip();
		if (author.isEmpty()) {
			reject(footerLine, "unreadable footer: missing author ('by <author>'); post from line "
					+ this.post.titleLine() + " left out");
			return;
		}
		this.ready.add(new Post(this.source, this.post.titleLine(), title.isEmpty() ? TitleFromText.of(body) : title,
				author, footer.date(), body));
	}

	private void finish() {
		this.finished = true;
		if (this.post.hasTitle()) {
			String what = this.sawFooter ? "orphan text after the last footer" : "text without any footer";
			reject(this.post.titleLine(), what + ", lines " + this.post.titleLine() + "-" + this.post.lastLine());
			this.post.clear();
		}
		else if (!this.sawText) {
			reject(0, "empty file: blank lines only");
		}
	}

	private void endWith(long line, String reason) {
		reject(line, reason);
		this.finished = true;
	}

	private void reject(long line, String reason) {
		this.ready.add(new Reject(this.source, line, reason));
	}

	@Override
	public void close() throws IOException {
		this.opened = true;
		this.finished = true;
		this.ready.clear();
		if (this.lines != null) {
			this.lines.close();
		}
	}

	/** Ends after {@code remaining} bytes, where the range does. */
	private static final class BoundedInputStream extends FilterInputStream {

		private long remaining;

		BoundedInputStream(InputStream in, long remaining) {
			super(in);
			this.remaining = remaining;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				this.remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int read = super.read(buffer, offset, (int) Math.min(length, this.remaining));
			if (read > 0) {
				this.remaining -= read;
			}
			return read;
		}

	}

}
