package org.socialreports.report;

import java.nio.file.Path;

/**
 * What happens to the reports once they are published, such as mailing them. It runs after
 * the publication: whatever it does, the reports stay where they are.
 */
@FunctionalInterface
public interface ReportDelivery {

	/** Delivers nothing: no recipient is set. */
	ReportDelivery NONE = (content, folder) -> Outcome.NOT_ASKED;

	/**
	 * @param content the report's content, its posts read
	 * @param folder the published report folder
	 * @return how it went; never throws for a delivery that failed
	 */
	Outcome deliver(ReportContent content, Path folder);

	/**
	 * @param delivered whether anything was delivered
	 * @param failure why the delivery failed, or {@code null}
	 * @param description what was done, for the log's last line
	 */
	record Outcome(boolean delivered, String failure, String description) {

		public static final Outcome NOT_ASKED = new Outcome(false, null, null);

		public static Outcome sent(String description) {
			return new Outcome(true, null, description);
		}

		public static Outcome failed(String failure) {
			return new Outcome(false, failure, null);
		}

		public boolean failed() {
			return this.failure != null;
		}

	}

}
