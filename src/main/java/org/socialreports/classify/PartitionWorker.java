package org.socialreports.classify;

import java.util.concurrent.CountDownLatch;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * How a worker stops (SIGTERM, as systemd and Kubernetes stop a service): it takes no new
 * partition request, lets the partitions it runs end — each commits its request once its step
 * has ended — and only then lets its context close. Were the context closed at once, the
 * listener container would interrupt a partition half way and the request, acknowledged, would
 * leave it stopped until the next run. A stop that takes too long for its supervisor ends in a
 * {@code kill -9}: the requests not committed go to other workers, which resume them.
 */
public final class PartitionWorker {

	private static final Log logger = LogFactory.getLog(PartitionWorker.class);

	private final DefaultMessageListenerContainer requests;

	PartitionWorker(DefaultMessageListenerContainer requests) {
		this.requests = requests;
	}

	/** Takes no new request, and returns once the partitions running have ended. */
	public void finishRunningPartitions() throws InterruptedException {
		logger.info("Stopping: no new partition is taken; waiting for those running to end");
		CountDownLatch stopped = new CountDownLatch(1);
		this.requests.stop(stopped::countDown);
		stopped.await();
		logger.info("The partitions running have ended");
	}

}
