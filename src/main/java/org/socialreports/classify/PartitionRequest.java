package org.socialreports.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * What travels over the broker for one partition: the worker step's name and the identity of
 * the partition's step execution (its job execution's and its own), as a line of text. The
 * partition's file, range and fingerprint are in the shared job repository; a text message
 * needs no deserialisation of Java objects at either end, so a message on the queue cannot
 * make a worker build a class it did not mean to.
 *
 * @param stepName the worker step that runs the partition
 * @param jobExecutionId the job execution the partition belongs to
 * @param stepExecutionId the partition's step execution
 */
record PartitionRequest(String stepName, long jobExecutionId, long stepExecutionId) {

	private static final Pattern TEXT = Pattern.compile("([a-z][a-z-]{0,99}) (\\d{1,18}) (\\d{1,18})");

	/** The request that {@link StepExecutionRequest} makes, with the job execution it was sent for. */
	static PartitionRequest of(StepExecutionRequest request, long jobExecutionId) {
		return new PartitionRequest(request.getStepName(), jobExecutionId, request.getStepExecutionId());
	}

	/**
	 * @throws IllegalArgumentException when the text is not a request: the message is then
	 * refused, and the broker moves it to its dead-letter queue after its last delivery
	 */
	static PartitionRequest parse(String text) {
		Matcher matcher = TEXT.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a partition request: '"
					+ ((text.length() > 80) ? text.substring(0, 80) + "…" : text) + "'");
		}
		return new PartitionRequest(matcher.group(1), Long.parseLong(matcher.group(2)),
				Long.parseLong(matcher.group(3)));
	}

	String text() {
		return this.stepName + " " + this.jobExecutionId + " " + this.stepExecutionId;
	}

	StepExecutionRequest stepExecutionRequest() {
		return new StepExecutionRequest(this.stepName, this.stepExecutionId);
	}

}
