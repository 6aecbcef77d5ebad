package org.socialreports.ingest;

import org.springframework.batch.core.listener.SkipListener;

/**
 * Stores every rejected entry, so that {@code rejects.csv} lists it. Called by the step for
 * each skipped read, inside the chunk's transaction: a rolled-back chunk leaves no reject
 * behind, and the replayed chunk records it again.
 */
public class RejectRecorder implements SkipListener<Post, Object> {

	private final RejectStore rejects;

	private final InputFolder folder;

	public RejectRecorder(RejectStore rejects, InputFolder folder) {
		this.rejects = rejects;
		this.folder = folder;
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		if (failure instanceof RejectedEntryException rejected) {
			this.rejects.record(this.folder, rejected.reject());
		}
	}

}
