package org.socialreports.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.socialreports.ingest.BinaryContent;
import org.socialreports.ingest.CharsetDetector;
import org.socialreports.ingest.TextFiles;

/**
 * Cuts a large text archive into parts of whole posts that can be read side by side: a cut is
 * made at the end of the first footer line that begins at or after each multiple of
 * {@code rangeBytes}, so that a part begins where a post does, and knows the number of its
 * first line.
 * <p>
 * Each stretch of {@code rangeBytes} is scanned on its own, on every core: it finds its cut
 * and counts its line ends, and the counts give each part its first line. A UTF-16 file is not
 * cut: its line ends are two bytes wide and this reads bytes. UTF-8 and Windows-1252 are: a
 * line end byte there is never part of another character.
 */
final class TextArchiveSplitter {

	/** A longer line is no footer to cut after; footers are a title and a date. */
	private static final int LONGEST_FOOTER_BYTES = 8 * 1024;

	private TextArchiveSplitter() {
	}

	/**
	 * @param file a text archive
	 * @param rangeBytes the size of a part, roughly
	 * @return the parts, in order, from the first byte to the last; one when the file is no
	 * larger than {@code rangeBytes}, is UTF-16, looks binary, or has no footer to cut after
	 */
	static List<TextRange> split(Path file, long rangeBytes) throws IOException {
		if (rangeBytes < 1) {
			throw new IllegalArgumentException("the size of a part must be positive: " + rangeBytes);
		}
		long size = Files.size(file);
		byte[] head;
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			head = in.readNBytes(CharsetDetector.SAMPLE_BYTES);
		}
		CharsetDetector.Detection detection = CharsetDetector.detect(head, head.length < CharsetDetector.SAMPLE_BYTES);
		// a binary file is one reject when read whole: read in parts, the later ones would not know
		if (size <= rangeBytes || detection.isUtf16() || BinaryContent.looksBinary(head, detection.bomLength())) {
			return List.of(new TextRange(0, size, 1));
		}
		int stretches = (int) ((size - 1) / rangeBytes) + 1;
		List<Stretch> scanned;
		try {
			scanned = IntStream.range(0, stretches).parallel().mapToObj((k) -> {
				long start = k * rangeBytes;
				return new Stretch(file, detection, start, Math.min(start + rangeBytes, size), size).scan();
			}).toList();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		List<TextRange> ranges = new ArrayList<>();
		long start = 0;
		long firstLine = 1;
		long lineEndsBefore = 0;
		for (Stretch stretch : scanned) {
			long cut = stretch.cut;
			if (stretch.start > 0 && cut > start && cut < size) {
				ranges.add(new TextRange(start, cut, firstLine));
				start = cut;
				firstLine = lineEndsBefore + stretch.lineEndsBeforeCut + 1;
			}
			lineEndsBefore += stretch.lineEnds;
		}
		ranges.add(new TextRange(start, size, firstLine));
		return ranges;
	}

	/**
	 * One stretch of the file: the line ends that end within it, and (but for the first) the
	 * end of the first footer line that begins in it or after, which may lie beyond it.
	 */
	private static final class Stretch {

		private final Path file;

		private final CharsetDetector.Detection detection;

		private final long start;

		private final long end;

		private final long size;

		private final byte[] line = new byte[LONGEST_FOOTER_BYTES];

		// the line being read began before the stretch, or is too long to be a footer
		private boolean lineUnusable;

		private int lineLength;

		/** Line ends whose end falls in (start, end]; for the first stretch, in [0, end]. */
		long lineEnds;

		/** Line ends whose end falls in (start, cut]. */
		long lineEndsBeforeCut;

		/** Where the first footer line at or after the start ends; -1 until found. */
		long cut = -1;

		Stretch(Path file, CharsetDetector.Detection detection, long start, long end, long size) {
			this.file = file;
			this.detection = detection;
			this.start = start;
			this.end = end;
			this.size = size;
		}

		Stretch scan() {
			// one byte before the stretch tells whether it begins a line
			long from = Math.max(0, this.start - 1);
			this.lineUnusable = this.start > 0;
			try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ);
					InputStream in = Channels.newInputStream(channel.position(from))) {
				byte[] buffer = new byte[256 * 1024];
				long offset = from;
				boolean afterCarriageReturn = false;
				for (int read = in.read(buffer); read >= 0 && !done(offset, afterCarriageReturn); read = in.read(buffer)) {
					for (int i = 0; i < read && !done(offset, afterCarriageReturn); i++) {
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
							this.lineUnusable = true;
						}
					}
				}
				if (afterCarriageReturn && offset == this.size) {
					endLine(offset);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return this;
		}

		// past the stretch, with the cut found (none is looked for in the first) or looked for
		// over a whole stretch more, and no CR waiting for the byte after it: a file without
		// footers is read about twice, not once per stretch
		private boolean done(long offset, boolean afterCarriageReturn) {
			boolean cutSettled = this.start == 0 || this.cut >= 0
					|| offset >= this.end + Math.max(this.end - this.start, 2 * LONGEST_FOOTER_BYTES);
			return offset >= this.end && cutSettled && !afterCarriageReturn;
		}

		/** A line ended just before {@code lineEnd}, its line end included. */
		private void endLine(long lineEnd) {
			if (lineEnd > this.start || this.start == 0) {
				if (lineEnd <= this.end) {
					this.lineEnds++;
				}
				if (this.cut < 0) {
					this.lineEndsBeforeCut++;
				}
			}
			if (this.start > 0 && this.cut < 0 && !this.lineUnusable && isFooter()) {
				this.cut = lineEnd;
			}
			this.lineLength = 0;
			this.lineUnusable = false;
		}

		private boolean isFooter() {
			String text = TextFiles.decode(this.line, 0, this.lineLength, this.detection);
			return FooterParser.isFooter(text) && FooterParser.parse(text) instanceof FooterLine;
		}

	}

}
