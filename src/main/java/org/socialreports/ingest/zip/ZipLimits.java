package org.socialreports.ingest.zip;

/**
 * How far an archive may inflate: past these, an entry is a zip bomb, not an export, and is
 * rejected rather than read. Real exports stay well within them: their text compresses about
 * ten to one, and a year of posts is megabytes.
 *
 * @param maxEntryBytes the most one entry may inflate to
 * @param maxRatio the most one entry may inflate to per byte it takes in the archive
 * @param maxTotalBytes the most all the entries read may inflate to together
 * @param maxEntries the most entries an archive may list
 */
record ZipLimits(long maxEntryBytes, long maxRatio, long maxTotalBytes, int maxEntries) {

	static final ZipLimits DEFAULT = new ZipLimits(4L << 30, 200, 16L << 30, 100_000);

	/** What an entry of that compressed size may inflate to; small entries get a megabyte whatever their ratio. */
	long allowance(long compressedSize) {
		long byRatio = (compressedSize > Long.MAX_VALUE / this.maxRatio) ? Long.MAX_VALUE
				: Math.max(0, compressedSize) * this.maxRatio;
		return Math.min(this.maxEntryBytes, Math.max(1 << 20, byRatio));
	}

}
