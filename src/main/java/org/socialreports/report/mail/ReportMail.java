package org.socialreports.report.mail;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.socialreports.classify.Theme;
import org.socialreports.report.PostFigures;
import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.ReportMessages;
import org.socialreports.report.ReportWords;
import org.socialreports.report.Spike;
import org.socialreports.report.ThemeTrend;

/**
 * The mail of one report, in its language: a subject, and a short body a manager reads without
 * opening the attachments, the key figures and what changed (the latest month, the spikes),
 * as HTML and as plain text.
 */
final class ReportMail {

	private final ReportContent content;

	private final ReportFigures figures;

	private final ReportMessages messages;

	private final ReportWords words;

	ReportMail(ReportContent content) {
		this.content = content;
		this.figures = content.figures();
		this.messages = content.messages("mail");
		this.words = new ReportWords(content.locale());
	}

	String subject() {
		return this.figures.lastMonth()
			.map((month) -> this.messages.get("subject", this.words.month(month), this.figures.spikes().size()))
			.orElseGet(() -> this.messages.get("subject.empty"));
	}

	/** The sentences of the body, first the figures, then what changed. */
	List<String> sentences() {
		List<String> sentences = new ArrayList<>();
		if (this.figures.totalPosts() == 0) {
			sentences.add(this.messages.get("noPosts"));
			return sentences;
		}
		YearMonth first = this.figures.firstMonth().orElseThrow();
		YearMonth last = this.figures.lastMonth().orElseThrow();
		sentences.add(this.messages.get("summary", this.figures.totalPosts(), this.figures.authors().size(),
				this.words.month(first), this.words.month(last)));
		this.figures.leadingTheme()
			.ifPresent((theme) -> sentences.add(this.messages.get("leadingTheme", this.messages.theme(theme),
					this.figures.postsByTheme().get(theme), percent(this.figures.share(theme)))));
		sentences.add(this.messages.get("unclassified", this.figures.unclassifiedPosts(),
				percent(this.figures.share(Theme.UNCLASSIFIED))));
		if (this.figures.months().size() > 1) {
			ThemeTrend all = this.figures.overallTrend();
			sentences.add(this.messages.get("latest", this.words.month(last), all.latest(), all.previous(),
					this.words.month(last.minusMonths(1)), this.words.decimal(all.average()), all.monthsAveraged()));
		}
		return sentences;
	}

	/** One sentence per spike, or one saying there is none. */
	List<String> spikes() {
		List<String> sentences = new ArrayList<>();
		if (this.figures.months().size() < 2) {
			return sentences;
		}
		List<Spike> spikes = this.figures.spikes();
		if (spikes.isEmpty()) {
			sentences.add(this.words.noSpike(this.figures.lastMonth().orElseThrow()));
		}
		PostFigures posts = this.content.postFigures();
		for (Spike spike : spikes) {
			sentences.add(this.words.spike(spike, this.messages.theme(spike.trend().theme()),
					posts.latestMonthLeaders().get(spike.trend().theme())));
		}
		return sentences;
	}

	String html(List<String> notes) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
			.append(this.content.locale().getLanguage())
			.append("\"><head><meta charset=\"UTF-8\"></head><body style=\"font-family:sans-serif;color:#263238\">");
		html.append("<h2 style=\"color:#2e5e8c\">").append(escape(subject())).append("</h2>");
		html.append("<ul>");
		sentences().forEach((sentence) -> html.append("<li>").append(escape(sentence)).append("</li>"));
		html.append("</ul>");
		List<String> spikes = spikes();
		if (!spikes.isEmpty()) {
			html.append("<h3>").append(escape(this.messages.get("changes"))).append("</h3>");
			spikes.forEach((sentence) -> html.append("<p><b>").append(escape(sentence)).append("</b></p>"));
		}
		if (this.figures.months().size() > 1) {
			trends(html);
		}
		notes.forEach((note) -> html.append("<p>").append(escape(note)).append("</p>"));
		return html.append("</body></html>").toString();
	}

	String text(List<String> notes) {
		StringBuilder text = new StringBuilder(subject()).append("\n\n");
		sentences().forEach((sentence) -> text.append("- ").append(sentence).append('\n'));
		List<String> spikes = spikes();
		if (!spikes.isEmpty()) {
			text.append('\n').append(this.messages.get("changes")).append('\n');
			spikes.forEach((sentence) -> text.append(sentence).append('\n'));
		}
		notes.forEach((note) -> text.append('\n').append(note).append('\n'));
		return text.toString();
	}

	private void trends(StringBuilder html) {
		List<ThemeTrend> trends = this.figures.trends();
		YearMonth latest = trends.get(0).month();
		html.append("<table style=\"border-collapse:collapse\" cellpadding=\"4\"><tr style=\"background:#eceff1\">");
		for (String header : new String[] { this.messages.get("column.theme"), this.words.shortMonth(latest.minusMonths(1)),
				this.words.shortMonth(latest), this.messages.get("column.usual") }) {
			html.append("<th align=\"left\">").append(escape(header)).append("</th>");
		}
		html.append("</tr>");
		for (ThemeTrend trend : trends) {
			html.append("<tr><td>")
				.append(escape(this.messages.theme(trend.theme())))
				.append("</td><td align=\"right\">")
				.append(trend.previous())
				.append("</td><td align=\"right\">")
				.append(trend.latest())
				.append(" (")
				.append(escape(this.words.change(trend.difference())))
				.append(")</td><td align=\"right\">")
				.append(trend.hasAverage() ? escape(this.words.decimal(trend.average())) : "–")
				.append("</td></tr>");
		}
		html.append("</table>");
	}

	String message(String key, Object... arguments) {
		return this.messages.get(key, arguments);
	}

	private String percent(double share) {
		java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(this.content.locale());
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
