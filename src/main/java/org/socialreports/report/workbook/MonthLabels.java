package org.socialreports.report.workbook;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Month names in the report's language, for text that a cell's date format cannot produce:
 * headers, periods and chart labels.
 */
final class MonthLabels {

	private final DateTimeFormatter full;

	private final DateTimeFormatter abbreviated;

	MonthLabels(Locale locale) {
		this.full = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
		this.abbreviated = DateTimeFormatter.ofPattern("LLL yyyy", locale);
	}

	/** Such as "March 2009", "mars 2009". */
	String full(YearMonth month) {
		return this.full.format(month);
	}

	/** Such as "Mar 2009", "mars 2009". */
	String abbreviated(YearMonth month) {
		return this.abbreviated.format(month);
	}

}
