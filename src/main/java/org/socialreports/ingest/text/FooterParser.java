package org.socialreports.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialreports.ingest.HtmlText;
import org.socialreports.ingest.MonthNames;

/**
 * Reads the footer WordPress (hatom-extra) writes under each post:
 * {@code <title> was last modified: <month> <day><st|nd|rd|th>, <year> by <author>}. HTML-to-text
 * dumps keep the whitespace of the markup, so runs of blanks (including non-breaking spaces)
 * are allowed between every token; a dump that kept the markup itself has it read as text
 * first (tags dropped, entities decoded).
 */
final class FooterParser {

	/** The outcome of reading a line that {@link #isFooter(String) looks like a footer}. */
	sealed interface Result permits FooterLine, Unreadable {
	}

	/** A footer that cannot be used, with a short reason for the reject. */
	record Unreadable(String reason) implements Result {
	}

	private static final Pattern MARKER = Pattern.compile("(?:^|\\s)was\\s+last\\s+modified\\s*:",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WITH_AUTHOR = Pattern.compile("(?:(?<date>.*?)\\s+)?by\\s+(?<author>\\S.*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WITHOUT_AUTHOR = Pattern.compile("(?<date>.*?)(?:(?:^|\\s+)by)?",
			Pattern.CASE_INSENSITIVE);

	// WordPress writes "F jS, Y" even in French ("mars 20th, 2009"); "er" covers "1er".
	private static final String DAY = "(?<day>[0-9]{1,2})\\s*(?:st|nd|rd|th|er)?";

	private static final String MONTH = "(?<month>\\p{L}+\\.?)";

	private static final String YEAR = "(?<year>[0-9]{4})";

	private static final Pattern MONTH_FIRST = Pattern.compile(MONTH + "\\s*" + DAY + "\\s*,?\\s*" + YEAR,
			Pattern.CASE_INSENSITIVE);

	// The French default date format "j F Y" ("20 mars 2009").
	private static final Pattern DAY_FIRST = Pattern.compile(DAY + "\\s+" + MONTH + "\\s*,?\\s*" + YEAR,
			Pattern.CASE_INSENSITIVE);

	/** Tabs, non-breaking and other horizontal blanks but the plain space, which stays as it is. */
	private static final Pattern OTHER_BLANK = Pattern.compile("[\\h&&[^ ]]");

	private static final Pattern INCOMPLETE = Pattern.compile("(?:was\\s+last\\s+modified\\s*:|\\sby)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private FooterParser() {
	}

	static boolean isFooter(String line) {
		// nearly every line is body text: a plain search rules it out before the regex runs
		return mightHoldMarker(line) && MARKER.matcher(line).find();
	}

	private static boolean mightHoldMarker(String line) {
		for (int at = line.indexOf(':'); at >= 0; at = line.indexOf(':', at + 1)) {
			int end = at;
			while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
				end--;
			}
			if (end >= 8 && line.regionMatches(true, end - 8, "modified", 0, 8)) {
				return true;
			}
		}
		return false;
	}

	// a pattern compiled once, where String.replaceAll compiled one per footer
	private static String spaced(String line) {
		return OTHER_BLANK.matcher(line).replaceAll(" ");
	}

	/**
	 * Whether a footer line stops right after the marker or after "by": HTML-to-text dumps keep
	 * the line breaks of the markup, so the date and author may follow on the next lines.
	 */
	static boolean mayContinue(String line) {
		return INCOMPLETE.matcher(spaced(line)).find();
	}

	/**
	 * @param line a line for which {@link #isFooter(String)} is true
	 * @return the footer, or why it cannot be read
	 */
	static Result parse(String line) {
		// a dump of a page's source keeps the hatom-extra markup: <span class="updated">…</span>
		boolean markup = line.indexOf('<') >= 0 || line.indexOf('&') >= 0;
		String text = spaced(markup ? HtmlText.of(line).replace('\n', ' ') : line);
		Matcher marker = MARKER.matcher(text);
		int start = -1;
		int end = -1;
		while (marker.find()) {
			// The last marker is the footer's; an earlier one can only be part of the title.
			start = marker.start();
			end = marker.end();
		}
		if (start < 0) {
			return new Unreadable("no 'was last modified:' marker");
		}
		String title = text.substring(0, start).strip();
		String rest = text.substring(end).strip();
		if (rest.isEmpty()) {
			return new Unreadable("missing date and author");
		}
		Matcher withAuthor = WITH_AUTHOR.matcher(rest);
		String author = null;
		String date;
		if (withAuthor.matches()) {
			author = withAuthor.group("author").strip();
			date = (withAuthor.group("date") != null) ? withAuthor.group("date").strip() : "";
		}
		else {
			Matcher withoutAuthor = WITHOUT_AUTHOR.matcher(rest);
			date = withoutAuthor.matches() ? withoutAuthor.group("date").strip() : rest;
		}
		if (date.isEmpty()) {
			return new Unreadable("missing date");
		}
		Matcher dateMatcher = MONTH_FIRST.matcher(date);
		if (!dateMatcher.matches()) {
			dateMatcher = DAY_FIRST.matcher(date);
			if (!dateMatcher.matches()) {
				return new Unreadable("unreadable date '" + date + "'");
			}
		}
		Optional<Month> month = MonthNames.parse(dateMatcher.group("month"));
		if (month.isEmpty()) {
			return new Unreadable("unknown month '" + dateMatcher.group("month") + "'");
		}
		LocalDate day;
		try {
			day = LocalDate.of(Integer.parseInt(dateMatcher.group("year")), month.get(),
					Integer.parseInt(dateMatcher.group("day")));
		}
		catch (DateTimeException ex) {
			return new Unreadable("impossible date '" + date + "'");
		}
		if (author == null) {
			return new Unreadable("missing author ('by <author>')");
		}
		return new FooterLine(title, day, author);
	}

}
