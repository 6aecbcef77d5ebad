package org.socialreports.report.pdf;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.socialreports.report.MonthSpan;

/**
 * Numbers, shares and dates written the way the report's language writes them.
 */
final class PdfFormats {

	private final Locale locale;

	private final DateTimeFormatter month;

	private final DateTimeFormatter shortMonth;

	private final DateTimeFormatter monthName;

	private final DateTimeFormatter date;

	private final DateTimeFormatter shortDate;

	PdfFormats(Locale locale) {
		this.locale = locale;
		this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		this.shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", locale);
		this.monthName = DateTimeFormatter.ofPattern("MMM", locale);
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
	}

	String count(long count) {
		return NumberFormat.getIntegerInstance(this.locale).format(count);
	}

	String percent(double share) {
		NumberFormat format = NumberFormat.getPercentInstance(this.locale);
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	String score(double score) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(score);
	}

	String month(YearMonth month) {
		return this.month.format(month);
	}

	String shortMonth(YearMonth month) {
		return this.shortMonth.format(month);
	}

	/** A month as {@code Mar 2009}, a whole year as {@code 2007}, part of one as {@code Jan–Jun 2023}. */
	String span(MonthSpan span) {
		if (span.isSingleMonth()) {
			return capitalized(shortMonth(span.first()));
		}
		int year = span.first().getYear();
		if (span.first().getMonthValue() == 1 && span.last().getMonthValue() == 12) {
			return String.valueOf(year);
		}
		return capitalized(this.monthName.format(span.first())) + "–" + this.monthName.format(span.last()) + " " + year;
	}

	String date(LocalDate date) {
		return this.date.format(date);
	}

	String shortDate(LocalDate date) {
		return this.shortDate.format(date);
	}

	/** For a month name that opens a sentence or a cell: French writes them in lower case. */
	String capitalized(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(this.locale) + text.substring(1);
	}

}
