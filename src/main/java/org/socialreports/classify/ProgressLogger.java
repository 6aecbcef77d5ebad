package org.socialreports.classify;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Says every few seconds how far the ingest has come, across all its partitions, so that
 * whoever watches a large nightly run sees it move, and the log of a crashed run shows where
 * it was. Partitions run on several threads: the counts are atomic.
 */
class ProgressLogger implements ChunkListener<Object, Object>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(ProgressLogger.class);

	private final long intervalNanos;

	private final AtomicLong written = new AtomicLong();

	private final AtomicLong lastReport = new AtomicLong();

	private volatile long start = System.nanoTime();

	ProgressLogger(long intervalMillis) {
		this.intervalNanos = intervalMillis * 1_000_000;
		// a worker never runs the partitioned step: its rate counts from its start
		this.lastReport.set(this.start);
	}

	/** Called for the partitioned step as a whole, before any partition starts. */
	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (!stepExecution.getStepName().contains(":")) {
			this.start = System.nanoTime();
			this.lastReport.set(this.start);
			this.written.set(0);
		}
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		long total = this.written.addAndGet(chunk.size());
		long now = System.nanoTime();
		long last = this.lastReport.get();
		if (now - last >= this.intervalNanos && this.lastReport.compareAndSet(last, now)) {
			double seconds = (now - this.start) / 1e9;
			logger.info(String.format(Locale.ROOT, "%,d posts stored so far (%,.0f posts/s)", total, total / seconds));
		}
	}

}
