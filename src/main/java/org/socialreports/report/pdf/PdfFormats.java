package org.socialreports.report.pdf;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.socialreports.report.MonthSpan;
import org.socialreports.report.ReportWords;

/**
 * Numbers, shares and dates written the way the report's language writes them. Month names are
 * never capitalised: French writes them in lower case wherever they stand (see
 * {@link ReportWords}).
 */
final class PdfFormats {

	private final Locale locale;

	private final ReportWords words;

	private final DateTimeFormatter monthName;

	private final DateTimeFormatter shortDate;

	PdfFormats(Locale locale) {
		this.locale = locale;
		this.words = new ReportWords(locale);
		this.monthName = DateTimeFormatter.ofPattern("LLL", locale);
		this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
	}

	ReportWords words() {
		return this.words;
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

	/** "March 2009", "mars 2009". */
	String month(YearMonth month) {
		return this.words.month(month);
	}

	/** "Mar 2009", "mars 2009". */
	String shortMonth(YearMonth month) {
		return this.words.shortMonth(month);
	}

	/** A month as {@code Mar 2009}, a whole year as {@code 2007}, part of one as {@code Jan–Jun 2023}. */
	String span(MonthSpan span) {
		if (span.isSingleMonth()) {
			return shortMonth(span.first());
		}
		int year = span.first().getYear();
		if (span.first().getMonthValue() == 1 && span.last().getMonthValue() == 12) {
			return String.valueOf(year);
		}
		return this.monthName.format(span.first()) + "–" + this.monthName.format(span.last()) + " " + year;
	}

	/** "December 1, 2026", "1er décembre 2026". */
	String date(LocalDate date) {
		return this.words.longDate(date);
	}

	String shortDate(LocalDate date) {
		return this.shortDate.format(date);
	}

}
