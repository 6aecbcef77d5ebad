package org.socialreports.report.pdf;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfPTable;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Network;
import org.socialreports.report.EngagementTotals;
import org.socialreports.report.PostFigures;
import org.socialreports.report.PostTitles;

/**
 * What the posts drew, where their exports count it: per network, per theme, the authors who
 * drew the most, and the posts that drew the most. A report of blogs only says in a line that
 * its archives count nothing.
 */
final class EngagementSection implements ReportSection {

	static final int LISTED_AUTHORS = 3;

	static final int LISTED_POSTS = 5;

	@Override
	public void addTo(ReportDocument report) {
		if (report.figures().totalPosts() == 0) {
			return;
		}
		PostFigures posts = report.postFigures();
		if (!posts.hasEngagement()) {
			report.section(report.message("section.engagement"), 30);
			report.paragraph(report.message("engagement.none"));
			return;
		}
		PdfPTable networks = byNetwork(report, posts);
		report.section(report.message("section.engagement"), 60 + report.keepHeight(networks));
		report.paragraph(report.message("engagement.intro"));
		report.subsection(report.message("engagement.byNetwork"), networks);
		report.subsection(report.message("engagement.byTheme"), byTheme(report, posts));
		report.subsection(report.message("engagement.byAuthor"), byAuthor(report, posts));
		report.subsection(report.message("engagement.top"), topPosts(report, posts.mostEngaging()));
	}

	private static PdfPTable totalsTable(ReportDocument report, String firstColumn) {
		TableCells cells = report.cells();
		PdfPTable table = TableCells.table(3.4f, 1, 1.2f, 1, 1, 1, 1);
		table.addCell(cells.header(firstColumn));
		table.addCell(cells.numberHeader(report.message("column.posts")));
		table.addCell(cells.numberHeader(report.message("column.counted")));
		table.addCell(cells.numberHeader(report.message("column.likes")));
		table.addCell(cells.numberHeader(report.message("column.reposts")));
		table.addCell(cells.numberHeader(report.message("column.replies")));
		table.addCell(cells.numberHeader(report.message("column.perPost")));
		return table;
	}

	private static void totalsRow(ReportDocument report, PdfPTable table, String name, EngagementTotals totals) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		table.addCell(cells.text(name));
		table.addCell(cells.number(formats.count(totals.posts())));
		table.addCell(cells.number(formats.count(totals.counted())));
		boolean counted = totals.counted() > 0;
		table.addCell(cells.number((totals.likesCounted() > 0) ? formats.count(totals.likes()) : "–"));
		table.addCell(cells.number((totals.repostsCounted() > 0) ? formats.count(totals.reposts()) : "–"));
		table.addCell(cells.number((totals.repliesCounted() > 0) ? formats.count(totals.replies()) : "–"));
		table.addCell(cells.number(counted ? formats.words().decimal(totals.perPost()) : "–"));
	}

	private static PdfPTable byNetwork(ReportDocument report, PostFigures posts) {
		PdfPTable table = totalsTable(report, report.message("column.network"));
		for (Map.Entry<Network, EngagementTotals> network : posts.byNetwork().entrySet()) {
			totalsRow(report, table, network(report, network.getKey()), network.getValue());
		}
		return table;
	}

	static String network(ReportDocument report, Network network) {
		return report.message("network." + network.id());
	}

	private static PdfPTable byTheme(ReportDocument report, PostFigures posts) {
		PdfPTable table = totalsTable(report, report.message("column.theme"));
		for (Theme theme : report.figures().themes()) {
			totalsRow(report, table, report.theme(theme), posts.engagementOf(theme));
		}
		return table;
	}

	private static PdfPTable byAuthor(ReportDocument report, PostFigures posts) {
		PdfPTable table = totalsTable(report, report.message("column.author"));
		posts.byAuthor()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, EngagementTotals> author) -> author.getValue().total())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(LISTED_AUTHORS)
			.forEach((author) -> totalsRow(report, table, author.getKey(), author.getValue()));
		return table;
	}

	private static PdfPTable topPosts(ReportDocument report, List<ClassifiedPost> posts) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		PdfPTable table = TableCells.table(0.35f, 4.4f, 2.2f, 1.5f, 1.6f, 2.1f);
		table.addCell(cells.header("#"));
		table.addCell(cells.header(report.message("column.title")));
		table.addCell(cells.header(report.message("column.author")));
		table.addCell(cells.header(report.message("column.network")));
		table.addCell(cells.header(report.message("column.date")));
		table.addCell(cells.numberHeader(report.message("column.engagement")));
		int rank = 1;
		for (ClassifiedPost post : posts.subList(0, Math.min(posts.size(), LISTED_POSTS))) {
			table.addCell(cells.small(String.valueOf(rank++)));
			table.addCell(cells.text(PostTitles.shown(post.title())));
			table.addCell(cells.text(post.author()));
			table.addCell(cells.text(network(report, post.origin().network())));
			table.addCell(cells.text(formats.shortDate(post.date())));
			table.addCell(cells.number(counts(formats, post)));
		}
		return table;
	}

	private static String counts(PdfFormats formats, ClassifiedPost post) {
		return count(formats, post.engagement().likes()) + " · " + count(formats, post.engagement().reposts()) + " · "
				+ count(formats, post.engagement().replies());
	}

	private static String count(PdfFormats formats, Long count) {
		return (count != null) ? formats.count(count) : "–";
	}

}
