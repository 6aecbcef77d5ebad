package org.socialreports.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.report.PostTitles;

/**
 * For each theme, the posts that fit it best and the terms that put them there, so that a
 * reader can judge the classification rather than take it on trust. With many themes each
 * shows fewer, so that the section stays within two pages.
 */
final class TopPostsSection implements ReportSection {

	/** Enough terms to explain a choice; a longer list is noise in a summary. */
	static final int SHOWN_TERMS = 6;

	/** The posts the section shows at most, all themes together. */
	static final int SHOWN_POSTS = 12;

	static final int MOST_PER_THEME = 3;

	static final int LEAST_PER_THEME = 1;

	/** Past this many themes their best posts share one table, each row naming its theme. */
	static final int HEADED_THEMES = 6;

	@Override
	public void addTo(ReportDocument report) {
		if (report.figures().totalPosts() == 0) {
			return;
		}
		List<Theme> themes = report.content().themes().scored();
		int perTheme = perTheme(themes.size());
		PdfPTable first = posts(report, shown(report, themes.get(0), perTheme));
		// the heading, the introduction, then the first theme's heading and table
		float keepWithNext = 40 + ReportDocument.SUBSECTION_HEADING + report.keepHeight(first);
		report.section(report.message("section.topPosts"), keepWithNext);
		report.paragraph(report.message("topPosts.intro"));
		report.note(report.message("topPosts.fewer", themes.size(), perTheme));
		if (themes.size() > HEADED_THEMES) {
			// a heading per theme would take a page of its own: one table, a row per theme's best
			report.add(bestOfEachTheme(report, themes));
			return;
		}
		for (Theme theme : themes) {
			List<ClassifiedPost> posts = shown(report, theme, perTheme);
			if (posts.isEmpty()) {
				report.subsection(report.theme(theme), 20);
				report.note(report.message("topPosts.none"));
			}
			else {
				report.subsection(report.theme(theme), posts(report, posts));
			}
		}
	}

	static int perTheme(int themes) {
		return Math.max(LEAST_PER_THEME, Math.min(MOST_PER_THEME, SHOWN_POSTS / Math.max(1, themes)));
	}

	private static List<ClassifiedPost> shown(ReportDocument report, Theme theme, int perTheme) {
		List<ClassifiedPost> posts = report.postFigures().topByScore().getOrDefault(theme, List.of());
		return posts.subList(0, Math.min(posts.size(), perTheme));
	}

	private static PdfPTable posts(ReportDocument report, List<ClassifiedPost> posts) {
		List<Row> rows = new ArrayList<>();
		for (ClassifiedPost post : posts) {
			rows.add(new Row(String.valueOf(rows.size() + 1), post));
		}
		return table(report, "#", false, rows, 0.35f, 4.1f, 2.5f, 1.8f, 0.9f, 3);
	}

	/** One row per theme, named in its first column where a heading would have named it. */
	private static PdfPTable bestOfEachTheme(ReportDocument report, List<Theme> themes) {
		List<Row> rows = new ArrayList<>();
		for (Theme theme : themes) {
			shown(report, theme, 1).forEach((post) -> rows.add(new Row(report.theme(theme), post)));
		}
		return table(report, report.message("column.theme"), true, rows, 1.8f, 3.4f, 2.6f, 1.5f, 0.9f, 3.0f);
	}

	/** A post and what its row's first column says of it: its rank, or its theme. */
	private record Row(String first, ClassifiedPost post) {
	}

	/** @param small whether the title, author and date are written small too, for many rows */
	private static PdfPTable table(ReportDocument report, String firstHeader, boolean small, List<Row> rows,
			float... widths) {
		TableCells cells = report.cells();
		PdfFormats formats = report.formats();
		Function<String, PdfPCell> text = small ? cells::small : cells::text;
		PdfPTable table = TableCells.table(widths);
		table.addCell(cells.header(firstHeader));
		table.addCell(cells.header(report.message("column.title")));
		table.addCell(cells.header(report.message("column.author")));
		table.addCell(cells.header(report.message("column.date")));
		table.addCell(cells.numberHeader(report.message("column.score")));
		table.addCell(cells.header(report.message("column.terms")));
		for (Row row : rows) {
			ClassifiedPost post = row.post();
			table.addCell(cells.small(row.first()));
			table.addCell(text.apply(PostTitles.shown(post.title())));
			table.addCell(text.apply(post.author()));
			table.addCell(text.apply(formats.shortDate(post.date())));
			table.addCell(cells.number(formats.score(post.classification().score())));
			table.addCell(cells.small(terms(formats.words().decidedBy(post.classification()))));
		}
		return table;
	}

	private static String terms(List<String> terms) {
		String shown = String.join(", ", terms.subList(0, Math.min(terms.size(), SHOWN_TERMS)));
		return (terms.size() > SHOWN_TERMS) ? shown + ", …" : shown;
	}

}
