package org.socialreports.report.pdf;

/**
 * A month-on-month difference in words, with an arrow a reader can scan down a column.
 */
final class Changes {

	private Changes() {
	}

	static String describe(ReportDocument report, long difference) {
		if (difference > 0) {
			return report.message("change.up", report.formats().count(difference));
		}
		if (difference < 0) {
			return report.message("change.down", report.formats().count(-difference));
		}
		return report.message("change.same");
	}

}
