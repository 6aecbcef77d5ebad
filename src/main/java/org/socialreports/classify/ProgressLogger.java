package org.socialreports.classify;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Says every few seconds how far a long step has come, so that whoever watches a large
 * nightly run sees it move, and a log of a crashed run shows where it was.
 */
class ProgressLogger implements ChunkListener<Object, Object> {

	private static final Log logger = LogFactory.getLog(ProgressLogger.class);

	private final long intervalNanos;

	private long start;

	private long lastReport;

	private long written;

	ProgressLogger(long intervalMillis) {
		this.intervalNanos = intervalMillis * 1_000_000;
	}

	@Override
	public void beforeChunk(Chunk<Object> chunk) {
		if (this.start == 0) {
			this.start = System.nanoTime();
			this.lastReport = this.start;
		}
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		this.written += chunk.size();
		long now = System.nanoTime();
		if (now - this.lastReport >= this.intervalNanos) {
			this.lastReport = now;
			double seconds = (now - this.start) / 1e9;
			logger.info(String.format(Locale.ROOT, "%,d posts stored so far (%,.0f posts/s)", this.written,
					this.written / seconds));
		}
	}

}
