package org.socialreports.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Buffers for the spool without the lock that {@link java.io.BufferedInputStream} and
 * {@link java.io.BufferedOutputStream} take on every byte: {@code readInt()} and
 * {@code writeInt()} go a byte at a time, and each post has a dozen of them. One thread owns
 * each stream.
 */
final class UnsynchronizedBuffer {

	private static final int SIZE = 1 << 16;

	private UnsynchronizedBuffer() {
	}

	static InputStream of(InputStream in) {
		return new Input(in);
	}

	static OutputStream of(OutputStream out) {
		return new Output(out);
	}

	private static final class Input extends FilterInputStream {

		private final byte[] buffer = new byte[SIZE];

		private int position;

		private int limit;

		Input(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			if (this.position == this.limit && !fill()) {
				return -1;
			}
			return this.buffer[this.position++] & 0xff;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (this.position == this.limit) {
				if (length >= SIZE) {
					return this.in.read(bytes, offset, length);
				}
				if (!fill()) {
					return -1;
				}
			}
			int count = Math.min(length, this.limit - this.position);
			System.arraycopy(this.buffer, this.position, bytes, offset, count);
			this.position += count;
			return count;
		}

		private boolean fill() throws IOException {
			int count = this.in.read(this.buffer, 0, SIZE);
			this.position = 0;
			this.limit = Math.max(count, 0);
			return count > 0;
		}

	}

	private static final class Output extends OutputStream {

		private final OutputStream out;

		private final byte[] buffer = new byte[SIZE];

		private int count;

		Output(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			if (this.count == SIZE) {
				flushBuffer();
			}
			this.buffer[this.count++] = (byte) b;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (length > SIZE - this.count) {
				flushBuffer();
				if (length >= SIZE) {
					this.out.write(bytes, offset, length);
					return;
				}
			}
			System.arraycopy(bytes, offset, this.buffer, this.count, length);
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

}
