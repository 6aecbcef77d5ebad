package org.socialreports.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates a stream on every core, as {@code pigz} does: the data is cut into blocks of a few
 * megabytes, each deflated on its own (primed with the 32 KB before it, so the ratio stays that
 * of one stream) and ended on a byte boundary, and the blocks are written out in order; the
 * last one ends the stream. The result is one raw deflate stream that any inflater reads.
 * <p>
 * Written by one thread; {@link #close()} writes what is left and gives the CRC-32 and the
 * sizes a zip entry needs.
 */
final class ParallelDeflater extends OutputStream {

	static final int BLOCK_SIZE = 4 << 20;

	private static final int DICTIONARY_SIZE = 32 << 10;

	private final OutputStream out;

	private final int level;

	private final ExecutorService deflaters;

	private final int blocksInFlight;

	private final Deque<Future<byte[]>> inFlight = new ArrayDeque<>();

	private final CRC32 crc = new CRC32();

	private byte[] block = new byte[BLOCK_SIZE];

	private int filled;

	private byte[] dictionary = new byte[0];

	private long size;

	private long compressedSize;

	private boolean closed;

	/**
	 * @param out where the raw deflate stream goes; not closed here
	 * @param deflaters the threads that deflate the blocks, shared and not shut down here
	 * @param threads how many blocks are deflated at a time (two more wait, filled, at most)
	 */
	ParallelDeflater(OutputStream out, int level, ExecutorService deflaters, int threads) {
		this.out = out;
		this.level = level;
		this.deflaters = deflaters;
		this.blocksInFlight = threads + 2;
	}

	/** A thread pool for {@link ParallelDeflater}s, of daemon threads, one a core. */
	static ExecutorService threads(int count) {
		return Executors.newFixedThreadPool(count, (task) -> {
			Thread thread = new Thread(task, "xlsx-deflate");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		this.crc.update(bytes, offset, length);
		this.size += length;
		while (length > 0) {
			int count = Math.min(length, BLOCK_SIZE - this.filled);
			System.arraycopy(bytes, offset, this.block, this.filled, count);
			this.filled += count;
			offset += count;
			length -= count;
			if (this.filled == BLOCK_SIZE) {
				submit(false);
			}
		}
	}

	private void submit(boolean last) throws IOException {
		byte[] input = this.block;
		int inputLength = this.filled;
		byte[] primer = this.dictionary;
		this.dictionary = Arrays.copyOfRange(input, Math.max(0, inputLength - DICTIONARY_SIZE), inputLength);
		this.inFlight.add(this.deflaters.submit(() -> deflate(input, inputLength, primer, last)));
		this.block = new byte[BLOCK_SIZE];
		this.filled = 0;
		while (this.inFlight.size() >= this.blocksInFlight) {
			writeOldest();
		}
	}

	private byte[] deflate(byte[] input, int length, byte[] primer, boolean last) {
		Deflater deflater = new Deflater(this.level, true);
		try {
			if (primer.length > 0) {
				deflater.setDictionary(primer);
			}
			deflater.setInput(input, 0, length);
			if (last) {
				deflater.finish();
			}
			byte[] output = new byte[Math.max(1024, length / 2)];
			int produced = 0;
			while (true) {
				if (produced == output.length) {
					output = Arrays.copyOf(output, 2 * output.length);
				}
				int count = deflater.deflate(output, produced, output.length - produced,
						last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
				produced += count;
				// done when the input is used up and, with room to spare, nothing more came out
				boolean drained = produced < output.length;
				if (last ? deflater.finished() : (deflater.needsInput() && drained)) {
					return Arrays.copyOf(output, produced);
				}
			}
		}
		finally {
			deflater.end();
		}
	}

	private void writeOldest() throws IOException {
		byte[] compressed;
		try {
			compressed = this.inFlight.remove().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while deflating", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("cannot deflate: " + ex.getCause(), ex.getCause());
		}
		this.out.write(compressed);
		this.compressedSize += compressed.length;
	}

	/** Deflates and writes what is left, ending the stream; {@code out} stays open. */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			submit(true);
			while (!this.inFlight.isEmpty()) {
				writeOldest();
			}
		}
		finally {
			this.inFlight.forEach((block) -> block.cancel(true));
		}
	}

	long crc() {
		return this.crc.getValue();
	}

	long size() {
		return this.size;
	}

	long compressedSize() {
		return this.compressedSize;
	}

}
