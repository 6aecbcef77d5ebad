package org.socialreports.ingest.zip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what an entry inflates to as it is read, and stops it with an
 * {@link InflationLimitException} past its allowance: the sizes a zip declares are the zip's
 * word, which a bomb does not keep.
 */
final class LimitedInflation extends FilterInputStream {

	private final String entry;

	private final long allowance;

	private final long[] totalLeft;

	private long inflated;

	/** @param totalLeft what every entry of the archive may still inflate to together, shared */
	LimitedInflation(InputStream in, String entry, long allowance, long[] totalLeft) {
		super(in);
		this.entry = entry;
		this.allowance = allowance;
		this.totalLeft = totalLeft;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			count(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long bytes) throws IOException {
		this.inflated += bytes;
		this.totalLeft[0] -= bytes;
		if (this.inflated > this.allowance) {
			throw new InflationLimitException("zip entry " + this.entry + " inflates past " + this.allowance
					+ " bytes (a zip bomb, or not an export); not read");
		}
		if (this.totalLeft[0] < 0) {
			throw new InflationLimitException("the archive inflates past the most all its entries may; " + this.entry
					+ " and the entries after it are not read");
		}
	}

}
