package org.socialreports.ingest;

/**
 * Stands for a file of no known format: one reject, so that the file shows in
 * {@code rejects.csv} instead of failing the run or disappearing.
 */
final class UnsupportedArchiveParser implements ArchiveParser {

	private Reject reject;

	UnsupportedArchiveParser(String source, String detail) {
		this.reject = new Reject(source, 0, detail.isEmpty() ? "unsupported format" : "unsupported format (" + detail + ")");
	}

	@Override
	public ArchiveEntry next() {
		Reject next = this.reject;
		this.reject = null;
		return next;
	}

	@Override
	public void close() {
		this.reject = null;
	}

}
