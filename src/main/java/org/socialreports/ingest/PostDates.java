package org.socialreports.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that exports and spreadsheets write: ISO 8601 (a date, or a date-time with
 * or without offset, with {@code T} or a space), {@code dd/MM/yyyy} (what French Excel writes)
 * and RFC 822/1123 (feeds). The day is the one written, never moved to another time zone: a
 * post published at 00:30 in Paris belongs to the month its author saw.
 */
public final class PostDates {

	// Only the date part matters; the rest (time, fraction, offset) is checked for shape only.
	private static final Pattern ISO = Pattern.compile(
			"(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})"
					+ "(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?\\s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"(?<day>[0-9]{1,2})/(?<month>[0-9]{1,2})/(?<year>[0-9]{4})(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?");

	// RFC 822 allows two-digit years and named zones (GMT, EST…); the day of week is optional.
	private static final Pattern RFC_822 = Pattern.compile("(?:\\p{L}{3,9},?\\s*)?(?<day>[0-9]{1,2})\\s+"
			+ "(?<month>\\p{L}{3,9}\\.?)\\s+(?<year>[0-9]{2}|[0-9]{4})"
			+ "(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\\s*(?:[+-][0-9]{4}|\\p{L}{1,5}))?)?");

	private PostDates() {
	}

	/**
	 * @param text a date as found in an archive, possibly blank
	 * @return the day it names, or empty when it is blank, unreadable, impossible or the
	 * WordPress "no date" value {@code 0000-00-00 00:00:00}
	 */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String date = text.strip();
		Matcher iso = ISO.matcher(date);
		if (iso.matches()) {
			return day(iso.group("year"), Integer.parseInt(iso.group("month")), iso.group("day"));
		}
		Matcher dayFirst = DAY_MONTH_YEAR.matcher(date);
		if (dayFirst.matches()) {
			return day(dayFirst.group("year"), Integer.parseInt(dayFirst.group("month")), dayFirst.group("day"));
		}
		Matcher rfc = RFC_822.matcher(date);
		if (rfc.matches()) {
			Optional<Month> month = MonthNames.parse(rfc.group("month"));
			if (month.isPresent()) {
				String year = rfc.group("year");
				// RFC 822 two-digit years: feeds of the 1990s and 2000s
				return day((year.length() == 2) ? (Integer.parseInt(year) < 70 ? "20" : "19") + year : year,
						month.get().getValue(), rfc.group("day"));
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> day(String year, int month, String day) {
		try {
			int y = Integer.parseInt(year);
			return (y == 0) ? Optional.empty() : Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
