package org.socialreports.report.pdf;

import java.util.List;

import com.lowagie.text.pdf.PdfPTable;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;

/**
 * For each theme, the posts that fit it best and the terms that put them there, so that a
 * reader can judge the classification rather than take it on trust.
 */
final class TopPostsSection implements ReportSection {

	/** Enough terms to explain a choice; a longer list is noise in a summary. */
	static final int SHOWN_TERMS = 6;

	@Override
	public void addTo(ReportDocument report) {
		if (report.figures().totalPosts() == 0) {
			return;
		}
		List<Theme> themes = report.content().themes().scored();
		PdfPTable first = posts(report, report.content().topPosts().getOrDefault(themes.get(0), List.of()));
		// the heading, the two-line introduction, then the first theme's heading and table
		float keepWithNext = 40 + ReportDocument.SUBSECTION_HEADING + report.keepHeight(first);
		report.section(report.message("section.topPosts"), keepWithNext);
		report.paragraph(report.message("topPosts.intro"));
		for (Theme theme : themes) {
			List<ClassifiedPost> posts = report.content().topPosts().getOrDefault(theme, List.of());
			if (posts.isEmpty()) {
				report.subsection(report.theme(theme), 20);
				report.note(report.message("topPosts.none"));
			}
			else {
				report.subsection(report.theme(theme), posts(report, posts));
			}
		}
	}

	private static PdfPTable posts(ReportDocument report, List<ClassifiedPost> posts) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		PdfPTable table = TableCells.table(0.35f, 4.1f, 2.5f, 1.8f, 0.9f, 3);
		table.addCell(cells.header("#"));
		table.addCell(cells.header(report.message("column.title")));
		table.addCell(cells.header(report.message("column.author")));
		table.addCell(cells.header(report.message("column.date")));
		table.addCell(cells.numberHeader(report.message("column.score")));
		table.addCell(cells.header(report.message("column.terms")));
		int rank = 1;
		for (ClassifiedPost post : posts) {
			table.addCell(cells.small(String.valueOf(rank++)));
			table.addCell(cells.text(post.title()));
			table.addCell(cells.text(post.author()));
			table.addCell(cells.text(formats.shortDate(post.date())));
			table.addCell(cells.number(formats.score(post.classification().score())));
			table.addCell(cells.small(terms(post.classification().matchedTerms())));
		}
		return table;
	}

	private static String terms(List<String> terms) {
		String shown = String.join(", ", terms.subList(0, Math.min(terms.size(), SHOWN_TERMS)));
		return (terms.size() > SHOWN_TERMS) ? shown + ", …" : shown;
	}

}
