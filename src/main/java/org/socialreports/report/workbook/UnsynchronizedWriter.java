package org.socialreports.report.workbook;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer without a lock, for the workbook's streamed sheets. POI writes them a few
 * characters at a time, and {@link java.io.BufferedWriter} takes its lock on each of those
 * writes: at a million posts, half of the workbook's time went into taking that lock, by a
 * single thread that never shares the writer. (The CSV files, written a value at a time, showed
 * no measurable change with it, and use a plain writer.)
 */
final class UnsynchronizedWriter extends Writer {

	private final Writer out;

	private final char[] buffer = new char[1 << 16];

	private int count;

	UnsynchronizedWriter(Writer out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		if (this.count == this.buffer.length) {
			flushBuffer();
		}
		this.buffer[this.count++] = (char) c;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		if (length > this.buffer.length - this.count) {
			flushBuffer();
			if (length > this.buffer.length) {
				this.out.write(chars, offset, length);
				return;
			}
		}
		System.arraycopy(chars, offset, this.buffer, this.count, length);
		this.count += length;
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		if (length > this.buffer.length - this.count) {
			flushBuffer();
			if (length > this.buffer.length) {
				this.out.write(text, offset, length);
				return;
			}
		}
		text.getChars(offset, offset + length, this.buffer, this.count);
		this.count += length;
	}

	@Override
	public void flush() throws IOException {
		flushBuffer();
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		try {
			flushBuffer();
		}
		finally {
			this.out.close();
		}
	}

	private void flushBuffer() throws IOException {
		if (this.count > 0) {
			this.out.write(this.buffer, 0, this.count);
			this.count = 0;
		}
	}

}
