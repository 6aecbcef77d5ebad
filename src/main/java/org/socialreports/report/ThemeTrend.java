package org.socialreports.report;

import java.time.YearMonth;

import org.socialreports.classify.Theme;

/**
 * How a theme stands in the latest month of the period: against the month before, and against
 * its usual level, the average of up to {@link #AVERAGED_MONTHS} months before it.
 *
 * @param theme the theme
 * @param month the latest month of the period
 * @param latest its posts in that month
 * @param previous its posts in the month before (zero when the period starts with the latest month)
 * @param average its posts per month over the months averaged, or 0 when there are none
 * @param monthsAveraged how many months before the latest the average covers: up to
 * {@link #AVERAGED_MONTHS}, fewer when the period starts later
 */
public record ThemeTrend(Theme theme, YearMonth month, long latest, long previous, double average,
		int monthsAveraged) {

	/** The months before the latest one that make a theme's usual level. */
	public static final int AVERAGED_MONTHS = 6;

	public long difference() {
		return this.latest - this.previous;
	}

	/** The latest month's posts over the usual level: 2.0 is twice as many; infinite over nothing. */
	public double ratioToAverage() {
		return (this.average == 0) ? ((this.latest == 0) ? 1 : Double.POSITIVE_INFINITY) : this.latest / this.average;
	}

	public boolean hasAverage() {
		return this.monthsAveraged > 0;
	}

}
