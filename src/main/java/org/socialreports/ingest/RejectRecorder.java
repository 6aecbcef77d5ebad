package org.socialreports.ingest;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores every rejected entry, so that {@code rejects.csv} lists it. Called by the step for
 * each skipped read, inside the chunk's transaction: a rolled-back chunk leaves no reject
 * behind, and the replayed chunk records it again.
 */
public class RejectRecorder implements SkipListener<Post, Object> {

	// MERGE, because a restarted step may meet a reject that an earlier execution committed
	private static final String MERGE_REJECT = """
			MERGE INTO rejected_entry r USING (VALUES (CAST(? AS VARCHAR(1024)), CAST(? AS BIGINT), CAST(? AS VARCHAR(1000))))
				AS v(source, line, reason) ON r.source = v.source AND r.line = v.line AND r.reason = v.reason
			WHEN NOT MATCHED THEN INSERT (source, line, reason) VALUES (v.source, v.line, v.reason)""";

	private final JdbcTemplate jdbc;

	public RejectRecorder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		if (failure instanceof RejectedEntryException rejected) {
			Reject reject = rejected.reject();
			this.jdbc.update(MERGE_REJECT, truncate(reject.source(), 1024), reject.line(), truncate(reject.reason(), 1000));
		}
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
