package org.socialreports.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of months that a summary shows as one row or one bar: a month, or the months of one
 * year. Over a long archive the latest months are shown one by one and the earlier ones a year
 * at a time, so that a table or a chart of twenty years stays a page long.
 *
 * @param first the span's first month
 * @param last its last month, the same as the first for a single month
 */
public record MonthSpan(YearMonth first, YearMonth last) {

	/** How many of the latest months a summary shows one by one. */
	public static final int DETAILED_MONTHS = 24;

	public boolean isSingleMonth() {
		return this.first.equals(this.last);
	}

	public boolean contains(YearMonth month) {
		return !month.isBefore(this.first) && !month.isAfter(this.last);
	}

	/**
	 * The spans of the months from {@code first} to {@code last}: the latest
	 * {@link #DETAILED_MONTHS} one by one, those before them a calendar year at a time (the
	 * first and the last of those years may be partial).
	 */
	public static List<MonthSpan> of(YearMonth first, YearMonth last) {
		List<MonthSpan> spans = new ArrayList<>();
		YearMonth detailedFrom = last.minusMonths(DETAILED_MONTHS - 1);
		YearMonth month = first;
		while (month.isBefore(detailedFrom)) {
			YearMonth yearEnd = month.withMonth(12);
			YearMonth end = yearEnd.isBefore(detailedFrom) ? yearEnd : detailedFrom.minusMonths(1);
			spans.add(new MonthSpan(month, end));
			month = end.plusMonths(1);
		}
		for (; !month.isAfter(last); month = month.plusMonths(1)) {
			spans.add(new MonthSpan(month, month));
		}
		return spans;
	}

	/** The months from {@code first} to {@code last} a calendar year at a time. */
	public static List<MonthSpan> years(YearMonth first, YearMonth last) {
		List<MonthSpan> spans = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusYears(1).withMonth(1)) {
			YearMonth yearEnd = month.withMonth(12);
			spans.add(new MonthSpan(month, yearEnd.isAfter(last) ? last : yearEnd));
		}
		return spans;
	}

}
