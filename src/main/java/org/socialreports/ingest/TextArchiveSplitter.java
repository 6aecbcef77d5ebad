package org.socialreports.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a large text archive into parts of whole posts that can be read side by side: each cut
 * is made at the end of the first footer line at or after every {@code rangeBytes} bytes, so
 * that a part begins where a post does, and knows the number of its first line.
 * <p>
 * A UTF-16 file is not cut: its line ends are two bytes wide and this reads bytes. UTF-8 and
 * Windows-1252 are: a line end byte there is never part of another character.
 */
public final class TextArchiveSplitter {

	/** A longer line is no footer to cut after; footers are a title and a date. */
	private static final int LONGEST_FOOTER_BYTES = 8 * 1024;

	private final Charset charset;

	private final long size;

	private final long rangeBytes;

	private final List<TextRange> ranges = new ArrayList<>();

	private final byte[] line = new byte[LONGEST_FOOTER_BYTES];

	private int lineLength;

	private long lineEnds;

	private long rangeStart;

	private long rangeFirstLine = 1;

	private long nextCut;

	private TextArchiveSplitter(Charset charset, long size, long rangeBytes) {
		this.charset = charset;
		this.size = size;
		this.rangeBytes = rangeBytes;
		this.nextCut = rangeBytes;
	}

	/**
	 * @param file a text archive
	 * @param rangeBytes the size of a part, roughly: each ends at the first footer past it
	 * @return the parts, in order, from the first byte to the last; one when the file is no
	 * larger than {@code rangeBytes}, is UTF-16, or has no footer to cut after
	 */
	public static List<TextRange> split(Path file, long rangeBytes) throws IOException {
		if (rangeBytes < 1) {
			throw new IllegalArgumentException("the size of a part must be positive: " + rangeBytes);
		}
		long size = Files.size(file);
		CharsetDetector.Detection detection;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(CharsetDetector.SAMPLE_BYTES);
			detection = CharsetDetector.detect(head, head.length < CharsetDetector.SAMPLE_BYTES);
		}
		if (size <= rangeBytes || detection.isUtf16()) {
			return List.of(new TextRange(0, size, 1));
		}
		TextArchiveSplitter splitter = new TextArchiveSplitter(detection.charset(), size, rangeBytes);
		try (InputStream in = Files.newInputStream(file)) {
			splitter.scan(in);
		}
		return splitter.ranges;
	}

	private void scan(InputStream in) throws IOException {
		byte[] buffer = new byte[1 << 20];
		long offset = 0;
		boolean afterCarriageReturn = false;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			for (int i = 0; i < read; i++) {
				byte b = buffer[i];
				offset++;
				if (afterCarriageReturn) {
					afterCarriageReturn = false;
					if (b == '\n') {
						endLine(offset);
						continue;
					}
					// a lone CR ended the line before this byte
					endLine(offset - 1);
				}
				if (b == '\n') {
					endLine(offset);
				}
				else if (b == '\r') {
					afterCarriageReturn = true;
				}
				else if (this.lineLength < this.line.length) {
					this.line[this.lineLength++] = b;
				}
				else {
					this.lineLength = Integer.MAX_VALUE;
				}
			}
		}
		this.ranges.add(new TextRange(this.rangeStart, this.size, this.rangeFirstLine));
	}

	/** A line ended just before {@code end}, its line end included. */
	private void endLine(long end) {
		this.lineEnds++;
		if (end >= this.nextCut && end < this.size && this.lineLength <= this.line.length && isFooter()) {
			this.ranges.add(new TextRange(this.rangeStart, end, this.rangeFirstLine));
			this.rangeStart = end;
			this.rangeFirstLine = this.lineEnds + 1;
			this.nextCut = end + this.rangeBytes;
		}
		this.lineLength = 0;
	}

	private boolean isFooter() {
		String text = new String(this.line, 0, this.lineLength, this.charset);
		return FooterParser.isFooter(text) && FooterParser.parse(text) instanceof FooterLine;
	}

}
