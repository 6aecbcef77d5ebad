package org.socialreports.job;

/**
 * The exit codes that cron and monitoring read (DESIGN.md).
 */
public final class ExitCodes {

	public static final int COMPLETED = 0;

	public static final int FAILED = 1;

	public static final int BAD_CONFIGURATION = 2;

	public static final int LOCKED = 3;

	/** The run completed and its reports are published, but their mail could not be sent. */
	public static final int MAIL_FAILED = 4;

	private ExitCodes() {
	}

}
