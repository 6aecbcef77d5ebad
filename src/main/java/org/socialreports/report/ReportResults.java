package org.socialreports.report;

/**
 * What the report step leaves in the job's execution context, for the run's last log line, and
 * the step's exit status when the mail failed.
 */
public final class ReportResults {

	/** The step's (and so the job's) exit status when the reports are published but their mail could not be sent. */
	public static final String MAIL_FAILED = "COMPLETED_MAIL_FAILED";

	/** The published report folder. */
	public static final String FOLDER = "report.folder";

	/** The posts the reports cover. */
	public static final String POSTS = "report.posts";

	/** The input files that gave posts or rejects. */
	public static final String SOURCES = "report.sources";

	/** Those of them that gave no post. */
	public static final String SILENT_SOURCES = "report.silent-sources";

	/** What was mailed, or why the mail failed. */
	public static final String MAIL = "report.mail";

	private ReportResults() {
	}

}
