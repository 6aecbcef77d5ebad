package org.socialreports.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.report.PostFigures;
import org.socialreports.report.ReportFigures;
import org.socialreports.report.Spike;

/**
 * The first page: what the report is, the period it covers, when it was made and from which
 * sources (each with its posts, those that gave none flagged), then what changed in the latest
 * month, said first: its posts against the months before and the themes that spiked.
 */
final class CoverSection implements ReportSection {

	/** Past this many archives the cover names the first ones and counts the rest. */
	static final int LISTED_SOURCES = 12;

	@Override
	public void addTo(ReportDocument report) {
		ReportFigures figures = report.figures();
		PdfFonts fonts = report.fonts();
		report.bookmark(report.message("section.cover"));
		Paragraph title = new Paragraph(report.message("cover.title"), fonts.bold(26, ThemeColors.INK));
		title.setSpacingBefore(40);
		title.setLeading(32);
		report.add(title);
		Paragraph subtitle = new Paragraph(report.message("cover.subtitle"), fonts.regular(13, ThemeColors.MUTED));
		subtitle.setSpacingBefore(6);
		report.add(subtitle);
		LineSeparator rule = new LineSeparator(1.5f, 100, ThemeColors.ACCENT, 0, -12);
		report.add(rule);
		Paragraph gap = new Paragraph(" ", fonts.regular(12, ThemeColors.INK));
		gap.setSpacingAfter(10);
		report.add(gap);

		PdfPTable facts = new PdfPTable(new float[] { 1, 2.6f });
		facts.setWidthPercentage(100);
		fact(report, facts, "cover.period", Period.of(report));
		fact(report, facts, "cover.generated", report.formats().date(report.content().runDate()));
		fact(report, facts, "cover.posts", report.formats().count(figures.totalPosts()));
		fact(report, facts, "cover.authors", report.formats().count(figures.authors().size()));
		fact(report, facts, "cover.sources", sources(report));
		report.add(facts);
		changes(report, figures);
		report.newPage();
	}

	private static void fact(ReportDocument report, PdfPTable facts, String label, String value) {
		PdfPCell name = new PdfPCell(new Paragraph(report.message(label), report.fonts().bold(10, ThemeColors.MUTED)));
		PdfPCell text = new PdfPCell(
				new Paragraph(ReportDocument.nfc(value), report.fonts().regular(10, ThemeColors.INK)));
		for (PdfPCell cell : new PdfPCell[] { name, text }) {
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingBottom(8);
			cell.setLeading(0, 1.35f);
			facts.addCell(cell);
		}
	}

	/**
	 * Each source with its posts in the period; those that gave no post at all first, flagged,
	 * since they are what needs looking at; past {@link #LISTED_SOURCES}, the rest counted.
	 */
	private static String sources(ReportDocument report) {
		List<String> sources = report.content().sources();
		if (sources.isEmpty()) {
			return report.message("cover.sources.none");
		}
		PostFigures posts = report.postFigures();
		Set<String> silent = report.content().silentSources();
		Set<String> empty = report.content().emptySources();
		List<String> ordered = new ArrayList<>();
		sources.stream().filter(silent::contains).forEach(ordered::add);
		sources.stream().filter((source) -> !silent.contains(source)).forEach(ordered::add);
		StringBuilder text = new StringBuilder();
		if (!silent.isEmpty()) {
			text.append(report.message("cover.sources.silentCount", silent.size())).append('\n');
		}
		ordered.stream().limit(LISTED_SOURCES).forEach((source) -> text
			.append(empty.contains(source) ? report.message("cover.sources.empty", source)
					: silent.contains(source) ? report.message("cover.sources.silent", source)
							: report.message("cover.sources.posts", source, posts.postsOf(source)))
			.append('\n'));
		if (ordered.size() > LISTED_SOURCES) {
			long more = ordered.subList(LISTED_SOURCES, ordered.size()).stream().mapToLong(posts::postsOf).sum();
			text.append(report.message("cover.sources.more", ordered.size() - LISTED_SOURCES, more));
		}
		return text.toString().strip();
	}

	/** The latest month against the months before, and the spikes, with the posts and authors behind them. */
	private static void changes(ReportDocument report, ReportFigures figures) {
		if (figures.totalPosts() == 0) {
			return;
		}
		PdfFormats formats = report.formats();
		report.subsection(report.message("cover.changes", formats.month(figures.lastMonth().orElseThrow())), 60);
		if (figures.months().size() < 2) {
			report.paragraph(report.message("cover.changes.single"));
			return;
		}
		report.paragraph(KeyFiguresSection.latestMonth(report, figures));
		List<Spike> spikes = figures.spikes();
		if (spikes.isEmpty()) {
			report.paragraph(formats.words().noSpike(figures.lastMonth().orElseThrow()));
		}
		for (Spike spike : spikes) {
			ClassifiedPost leader = report.postFigures().latestMonthLeaders().get(spike.trend().theme());
			report.paragraph("▲ " + formats.words().spike(spike, report.theme(spike.trend().theme()), leader),
					report.fonts().bold(ReportDocument.BODY, ThemeColors.INK));
		}
	}

}
