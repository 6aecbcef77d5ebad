package org.socialreports.report.pdf;

/**
 * One part of the PDF, with its own heading and bookmark.
 */
@FunctionalInterface
interface ReportSection {

	void addTo(ReportDocument report);

}
