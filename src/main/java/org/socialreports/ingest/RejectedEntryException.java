package org.socialreports.ingest;

/**
 * Thrown by the archive reader for input that cannot become a post, so that Spring Batch
 * counts it as a skipped read and hands it to the {@link RejectRecorder}.
 */
public class RejectedEntryException extends RuntimeException {

	private final transient Reject reject;

	public RejectedEntryException(Reject reject) {
		super(reject.source() + ":" + reject.line() + ": " + reject.reason(), null, false, false);
		this.reject = reject;
	}

	public Reject reject() {
		return this.reject;
	}

}
