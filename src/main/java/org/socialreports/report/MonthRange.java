package org.socialreports.report;

import java.time.YearMonth;

/**
 * The months a report covers; an open end takes every stored month on that side.
 *
 * @param from the first month, or {@code null}
 * @param to the last month, or {@code null}
 */
public record MonthRange(YearMonth from, YearMonth to) {

	static MonthRange of(String from, String to) {
		return new MonthRange((from != null) ? YearMonth.parse(from) : null, (to != null) ? YearMonth.parse(to) : null);
	}

	/** The bounds as {@code YYYY-MM} text, which sorts like the months themselves. */
	String lowest() {
		return (this.from != null) ? this.from.toString() : "0000-00";
	}

	String highest() {
		return (this.to != null) ? this.to.toString() : "9999-99";
	}

}
