package org.socialreports.report;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ExplanationWording;

/**
 * What the workbook, the PDF and the mail say alike, from {@code i18n/report_<lang>.properties}:
 * dates, months and counts as the language writes them, and the sentence of a spike. French
 * writes month names in lower case, in a table as in a sentence ("mars 2009"), so no month is
 * ever capitalised here; sentences are worded so that none opens with a month.
 */
public final class ReportWords {

	/** A spike's sentence names this many of its authors at most. */
	static final int NAMED_AUTHORS = 1;

	private final ReportMessages messages;

	private final Locale locale;

	private final DateTimeFormatter month;

	private final DateTimeFormatter shortMonth;

	private final ExplanationWording explanations;

	public ReportWords(Locale locale) {
		this.messages = new ReportMessages("report", locale);
		this.locale = locale;
		this.explanations = new ExplanationWording(this.messages.get("decided.learned"),
				this.messages.get("decided.taxonomy-terms"), DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
		// the stand-alone forms: "mars", "March"; "LLL" abbreviates as a label does ("févr.", "Feb")
		this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
		this.shortMonth = DateTimeFormatter.ofPattern("LLL yyyy", locale);
	}

	public Locale locale() {
		return this.locale;
	}

	public String message(String key, Object... arguments) {
		return this.messages.get(key, arguments);
	}

	/** "December 1, 2026", "1er décembre 2026". */
	public String longDate(LocalDate date) {
		return this.messages.get("date.long", date.getDayOfMonth(),
				date.getMonth().getDisplayName(TextStyle.FULL, this.locale), String.valueOf(date.getYear()));
	}

	/** "March 2009", "mars 2009". */
	public String month(YearMonth month) {
		return this.month.format(month);
	}

	/** "Mar 2009", "mars 2009". */
	public String shortMonth(YearMonth month) {
		return this.shortMonth.format(month);
	}

	/** "1 post", "5 posts"; "0 billet", "1 billet", "2 billets". */
	public String posts(long count) {
		return this.messages.get("posts", count);
	}

	public String authors(long count) {
		return this.messages.get("authors", count);
	}

	/**
	 * What decided a post's theme, strongest first, as the report's language writes it: the
	 * taxonomy's terms with their weights and the learned words ("twit (appris 0,84)"); or, for a
	 * theme a person set, only that, with the classifier's theme ("set by hand (the classifier
	 * said Twitter usage)"): the classifier's terms explain another theme.
	 */
	public List<String> decidedBy(Classification classification) {
		if (classification.setByHand()) {
			return List.of(this.messages.get("decided.by-hand", classification.classifiedTheme().label(this.locale)));
		}
		return this.explanations.of(classification.matchedTerms());
	}

	/** "4.7", "4,7": a ratio or an average to one decimal. */
	public String decimal(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/** "▲ 3", "▼ 2", "unchanged": a difference a reader can scan down a column. */
	public String change(long difference) {
		if (difference == 0) {
			return this.messages.get("trend.same");
		}
		String count = NumberFormat.getIntegerInstance(this.locale).format(Math.abs(difference));
		return this.messages.get((difference > 0) ? "trend.up" : "trend.down", count);
	}

	/** "2.3 ×" against the usual level, or "–" when there is none to compare with. */
	public String ratio(ThemeTrend trend) {
		if (!trend.hasAverage() || trend.average() == 0) {
			return "–";
		}
		return this.messages.get("trend.ratio", decimal(trend.ratioToAverage()));
	}

	/**
	 * "Crisis communication: 14 posts in March 2009, 4.7 × its usual level (3.0 a month over the
	 * 6 months before), 9 of them by Yann Gourvennec, led by “…”."
	 * @param themeLabel the theme's label in the report's language
	 * @param leader the theme's best post of the month, or {@code null} if unknown
	 */
	public String spike(Spike spike, String themeLabel, ClassifiedPost leader) {
		ThemeTrend trend = spike.trend();
		StringBuilder sentence = new StringBuilder();
		if (trend.average() == 0) {
			sentence.append(this.messages.get("spike.new", themeLabel, trend.latest(), month(trend.month()),
					trend.monthsAveraged()));
		}
		else {
			sentence.append(this.messages.get("spike", themeLabel, trend.latest(), month(trend.month()),
					decimal(trend.ratioToAverage()), decimal(trend.average()), trend.monthsAveraged()));
		}
		List<Spike.AuthorPosts> authors = spike.authors();
		if (!authors.isEmpty()) {
			Spike.AuthorPosts first = authors.get(0);
			sentence.append((first.posts() == trend.latest()) ? this.messages.get("spike.by.all", first.author())
					: this.messages.get("spike.by", first.posts(), first.author()));
		}
		if (leader != null) {
			sentence.append(this.messages.get("spike.led", PostTitles.shown(leader.title())));
		}
		return sentence.append(this.messages.get("spike.end")).toString();
	}

	/** Said when the latest month has no spike. */
	public String noSpike(YearMonth month) {
		return this.messages.get("spike.none", month(month), Spikes.MIN_POSTS);
	}

}
