package org.socialreports.report.workbook;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.poi.util.TempFileCreationStrategy;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.DefaultLocale;
import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.TaxonomyReview;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Reject;
import org.socialreports.report.ReportContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

// a German machine must not change what the English or French report says
@DefaultLocale("de-DE")
class WorkbookReportWriterTests {

	@TempDir
	Path folder;

	@Test
	void sheetNamesInEnglish() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), withReject(WorkbookContents.seed(Locale.ENGLISH)))) {
			assertThat(workbook.sheetNames()).containsExactly("Summary", "Themes by month", "Authors by month",
					"Top posts", "Engagement", "Posts", "Data", "Rejects");
			assertThat(workbook.workbook().getActiveSheetIndex()).isZero();
		}
	}

	@Test
	void sheetNamesInFrenchButData() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), withReject(WorkbookContents.seed(Locale.FRENCH)))) {
			assertThat(workbook.sheetNames()).containsExactly("Synthèse", "Thèmes par mois", "Auteurs par mois",
					"Meilleurs billets", "Engagement", "Billets", "Data", "Rejets");
		}
	}

	@Test
	void rejectsSheetOnlyWhenThereAreRejects() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			assertThat(workbook.sheetNames()).doesNotContain("Rejects").endsWith("Data");
		}
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), withReject(WorkbookContents.seed(Locale.ENGLISH)))) {
			assertThat(workbook.rowsAsCsv("Rejects")).containsExactly("Source,Line,Reason",
					"broken.txt,3,unknown month 'brumaire'");
		}
	}

	// LibreOffice's print of a real archive's review showed titles cut every eight characters
	@Test
	void taxonomyReviewTitlesAndSourcesAreAsWideAsTheyNeedUpToTheirBound() throws IOException {
		String title = "Orange Business Services: a blog of its own";
		TaxonomyReview review = new TaxonomyReview(LocalDate.of(2026, 12, 1), 40, List.of(), List.of(),
				List.of(new TaxonomyReview.CloseCall("archives/2009/conseilsmarketing-blog.txt", 3, title,
						ShippedThemes.TWITTER_USAGE, 2.0, ShippedThemes.SOCIAL_NETWORK_SECURITY, 1.5)));
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				WorkbookContents.seed(Locale.ENGLISH).withReview(review))) {
			Sheet sheet = workbook.sheet("Taxonomy review");
			assertThat(sheet.getColumnWidth(0)).isEqualTo((title.length() + 2) * 256);
			assertThat(sheet.getColumnWidth(6)).as("a long path wraps at 24 characters").isEqualTo((24 + 2) * 256);
		}
	}

	@Test
	void taxonomyReviewSheetLastWhenARunHasReadPosts() throws IOException {
		Theme twitter = ShippedThemes.TWITTER_USAGE;
		Theme security = ShippedThemes.SOCIAL_NETWORK_SECURITY;
		TaxonomyReview review = new TaxonomyReview(LocalDate.of(2026, 12, 1), 40,
				List.of(new TaxonomyReview.Word(twitter, "hashtag", "hashtags", 8, 0.5, 0.125)),
				List.of(new TaxonomyReview.Word(Theme.UNCLASSIFIED, "recet", "recette", 6, 0.375, 0)),
				List.of(new TaxonomyReview.CloseCall("a.txt", 3, "=HYPERLINK(\"x\")", twitter, 2.0, security, 1.5)));
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				withReject(WorkbookContents.seed(Locale.ENGLISH)).withReview(review))) {
			assertThat(workbook.sheetNames()).endsWith("Rejects", "Taxonomy review");
			assertThat(workbook.rowsAsCsv("Taxonomy review")).containsExactly("Taxonomy review",
					"From the words of 40 posts read by the run of December 1, 2026 (up to 2,000 a theme, counted"
							+ " once a post; the taxonomy's own words left out).",
					"Words typical of each theme's posts that the taxonomy does not list (frequent in its posts,"
							+ " rarer in the others)",
					"Theme,Word,Posts,In the theme's posts,In the other posts", "Twitter usage,hashtags,8,0.5,0.125",
					"Words typical of the posts no theme took: subjects the taxonomy leaves out, or words it misses",
					"Word,Posts,In the unclassified posts,In the classified posts", "recette,6,0.375,0",
					"Posts whose two best themes came closest (a line of jobs/overrides.csv settles one)",
					"Title,Theme,Score,Second score,Second / first,Second theme,Source,Entry",
					"=HYPERLINK(\"x\"),Twitter usage,2,1.5,0.75,Social-network security,a.txt,3");
			Row call = workbook.sheet("Taxonomy review").getRow(13);
			assertThat(call.getCell(0).getCellType()).as("a title is never a formula").isEqualTo(CellType.STRING);
		}
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				WorkbookContents.seed(Locale.FRENCH).withReview(review))) {
			assertThat(workbook.rowsAsCsv("Revue de la taxonomie")).startsWith("Revue de la taxonomie",
					"D’après les mots de 40 billets lus par l’exécution du 1 décembre 2026 (au plus 2\u202f000 par thème,"
							+ " comptés une fois par billet ; les mots de la taxonomie écartés).");
		}
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			assertThat(workbook.sheetNames()).as("no run has read posts").doesNotContain("Taxonomy review");
		}
	}

	@Test
	void summaryCountsTheSeed() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			assertThat(value(workbook, "Summary", "Period covered")).isEqualTo("March 2009");
			assertThat(value(workbook, "Summary", "Posts")).isEqualTo("5");
			assertThat(value(workbook, "Summary", "Authors")).isEqualTo("2");
			assertThat(value(workbook, "Summary", "Months")).isEqualTo("1");
			assertThat(value(workbook, "Summary", "Rejects")).isEqualTo("0");
			assertThat(value(workbook, "Summary", "Words")).isEqualTo("1644");
			assertThat(value(workbook, "Summary", "Leading theme")).isEqualTo("Social-network security");
			assertThat(values(workbook.rowLabelled("Summary", "Twitter usage"))).containsExactly("Twitter usage", "1", "0.2");
			assertThat(values(workbook.rowLabelled("Summary", "Social-network security")))
				.containsExactly("Social-network security", "2", "0.4");
			assertThat(values(workbook.rowLabelled("Summary", "Unclassified"))).containsExactly("Unclassified", "0", "0");
			assertThat(values(workbook.rowLabelled("Summary", "Total"))).containsExactly("Total", "5", "1");
		}
	}

	@Test
	void summaryComparesTheLatestMonthWithThePreviousOne() throws IOException {
		List<ClassifiedPost> posts = new ArrayList<>(WorkbookContents.seedPosts());
		posts.add(0, WorkbookContents.post("a.txt", 1, "En février", "Zoé", LocalDate.of(2009, 2, 3),
				ShippedThemes.TWITTER_USAGE, 0.5, 100, "twitter"));
		posts.add(0, WorkbookContents.post("a.txt", 9, "En février encore", "Zoé", LocalDate.of(2009, 2, 4),
				ShippedThemes.TWITTER_USAGE, 0.5, 100, "twitter"));
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				WorkbookContents.of(Locale.FRENCH, posts, List.of()))) {
			assertThat(value(workbook, "Synthèse", "Période couverte")).isEqualTo("février 2009 – mars 2009");
			String title = "En mars 2009, chaque thème par rapport à février 2009 et à son niveau habituel";
			Row header = workbook.rowLabelled("Synthèse", title)
				.getSheet()
				.getRow(workbook.rowLabelled("Synthèse", title).getRowNum() + 1);
			assertThat(values(header)).containsExactly("Thème", "févr. 2009", "mars 2009", "Évolution",
					"Niveau habituel (mois précédent)", "× habituel");
			Row twitter = header.getSheet().getRow(header.getRowNum() + 1);
			assertThat(values(twitter)).containsExactly("Usage de Twitter", "2", "1", "-1", "2", "0.5");
			assertThat(values(header.getSheet().getRow(header.getRowNum() + 2)))
				.containsExactly("Sécurité des réseaux sociaux", "0", "2", "2", "0");
			assertThat(workbook.rowsAsCsv("Synthèse")).contains(
					"En mars 2009 : 5 billets, contre 2 en février 2009 et 2,0 par mois sur le mois précédent.,,,,,",
					"Ce qui a changé en mars 2009", "Billets non classés,0,0");
		}
	}

	@Test
	void themesByMonthHasEveryMonthInCalendarOrderWithTotals() throws IOException {
		List<ClassifiedPost> posts = new ArrayList<>();
		posts.add(WorkbookContents.post("a.txt", 1, "Janvier", "Zoé", LocalDate.of(2009, 1, 5), ShippedThemes.TWITTER_USAGE,
				0.5, 100, "twitter"));
		posts.addAll(WorkbookContents.seedPosts());
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				WorkbookContents.of(Locale.ENGLISH, posts, List.of()))) {
			Sheet sheet = workbook.sheet("Themes by month");
			assertThat(values(sheet.getRow(0))).containsExactly("Month", "Twitter usage", "Social-network security",
					"Corporate blogging", "Crisis communication", "Unclassified", "Total");
			assertThat(months(sheet, 3)).containsExactly(YearMonth.of(2009, 1), YearMonth.of(2009, 2),
					YearMonth.of(2009, 3));
			assertThat(values(sheet.getRow(1)).subList(1, 7)).containsExactly("1", "0", "0", "0", "0", "1");
			assertThat(values(sheet.getRow(2)).subList(1, 7)).containsExactly("0", "0", "0", "0", "0", "0");
			assertThat(values(sheet.getRow(3)).subList(1, 7)).containsExactly("1", "2", "1", "1", "0", "5");
			assertThat(values(sheet.getRow(4))).containsExactly("Total", "2", "2", "1", "1", "0", "6");
		}
	}

	@Test
	void authorsByMonthWithTotalsAndMainTheme() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			assertThat(workbook.rowsAsCsv("Authors by month")).containsExactly("Author,Main theme,Mar 2009,Total",
					"Yann Gourvennec,Social-network security,4,4", "conseilsmarketing,Twitter usage,1,1", "Total,,5,5");
			Row total = workbook.sheet("Authors by month").getRow(3);
			for (int column = 0; column < 4; column++) {
				assertThat(total.getCell(column).getCellStyle().getBorderTop()).as("rule above column %d", column)
					.isEqualTo(BorderStyle.THIN);
			}
		}
	}

	@Test
	void topPostsPerThemeWithTheTermsThatDecided() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			Row heading = workbook.rowLabelled("Top posts", "Social-network security");
			Sheet sheet = heading.getSheet();
			assertThat(values(sheet.getRow(heading.getRowNum() + 1))).containsExactly("#", "Title", "Author", "Date",
					"Network", "Score", "Likes", "Reposts", "Replies", "Terms that decided the theme");
			Row best = sheet.getRow(heading.getRowNum() + 2);
			assertThat(best.getCell(1).getStringCellValue()).isEqualTo("Les réseaux sociaux, une menace ?");
			assertThat(best.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2009, 3, 22));
			assertThat(best.getCell(4).getStringCellValue()).isEqualTo("Blog");
			assertThat(best.getCell(5).getNumericCellValue()).isEqualTo(0.55);
			assertThat(best.getCell(6)).as("likes unknown: no cell, never 0").isNull();
			assertThat(best.getCell(9).getStringCellValue()).isEqualTo("menace, sécurité");
			assertThat(sheet.getRow(heading.getRowNum() + 3).getCell(5).getNumericCellValue()).isEqualTo(0.41);
		}
	}

	@Test
	void dataSheetIsTheAggregatesTable() throws IOException {
		ReportContent content = WorkbookContents.generated(Locale.FRENCH, 200, 14, 6);
		List<String> expected = new ArrayList<>(List.of("author,month,theme,posts,words"));
		content.aggregates()
			.forEach((row) -> expected.add(String.join(",", row.author(), row.month().toString(), row.theme().id(),
					String.valueOf(row.posts()), String.valueOf(row.words()))));
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), content)) {
			assertThat(workbook.rowsAsCsv("Data")).containsExactlyElementsOf(expected);
			assertThat(workbook.sheet("Data").getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void postsAreRowsWithRealDatesAndNumbers() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			Sheet posts = workbook.sheet("Posts");
			assertThat(posts.getLastRowNum()).isEqualTo(5);
			assertThat(values(posts.getRow(0))).containsExactly("Date", "Title", "Author", "Theme", "Score", "Network",
					"Kind", "Likes", "Reposts", "Replies", "Terms that decided the theme", "Score: Twitter usage",
					"Score: Social-network security", "Score: Corporate blogging", "Score: Crisis communication",
					"Categories", "Words", "Source", "Line", "Address");
			for (int row = 1; row <= 5; row++) {
				Cell date = posts.getRow(row).getCell(0);
				assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			}
			Row first = posts.getRow(1);
			assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2009, 3, 20));
			assertThat(values(first).subList(1, 19)).containsExactly("Twitter : un outil à manier avec précaution",
					"conseilsmarketing", "Twitter usage", "0.62", "Blog", "Post", "", "", "", "twitter, tweet", "0.62",
					"0.20666666666666667", "0.155", "0.124", "médias sociaux, stratégie", "482",
					"conseilsmarketing-blog-archive-2009-03.txt", "1");
			assertThat(first.getCell(16).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void noTextLeavesTheCellBlank() throws IOException {
		ClassifiedPost plain = new ClassifiedPost("notes.txt", 7, "Sans thème", "Anne", LocalDate.of(2009, 5, 4), 120,
				List.of(), new Classification(Theme.UNCLASSIFIED, 0.0, WorkbookContents.seedPosts().get(0)
					.classification()
					.scores(), List.of()));
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				WorkbookContents.of(Locale.ENGLISH, List.of(plain), List.of()))) {
			Row row = workbook.sheet("Posts").getRow(1);
			assertThat(row.getCell(10)).as("terms").isNull();
			assertThat(row.getCell(15)).as("categories").isNull();
			assertThat(row.getCell(7)).as("likes").isNull();
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Sans thème");
			assertThat(row.getCell(16).getNumericCellValue()).isEqualTo(120);
			assertThat(row.getLastCellNum()).as("no address").isEqualTo((short) 19);
		}
	}

	@Test
	void postsSheetIsFilteredFrozenAndSizedToItsText() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			XSSFSheet posts = (XSSFSheet) workbook.sheet("Posts");
			assertThat(posts.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T6");
			assertThat(posts.getPaneInformation().isFreezePane()).isTrue();
			assertThat(posts.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			// the title wraps within a fixed width; a date such as "13 janv. 2009" takes 12; the theme its longest label
			assertThat(posts.getColumnWidth(1)).isEqualTo((46 + 2) * 256);
			assertThat(posts.getColumnWidth(0)).isEqualTo((12 + 2) * 256);
			assertThat(posts.getColumnWidth(3)).isEqualTo(("Social-network security".length() + 2) * 256);
		}
	}

	@Test
	void textFromPostsNeverBecomesAFormulaNorBreaksTheXml() throws IOException {
		List<ClassifiedPost> posts = List.of(
				WorkbookContents.post("a.txt", 1, WorkbookContents.HYPERLINK_TITLE, "@attacker", LocalDate.of(2009, 3, 1),
						ShippedThemes.TWITTER_USAGE, 0.5, 10, "+cmd|' /C calc'!A0"),
				WorkbookContents.post("a.txt", 2, "Bell\u0001 and\uFFFE non\uD800-characters 🙂", "-1+2",
						LocalDate.of(2009, 3, 2), ShippedThemes.TWITTER_USAGE, 0.4, 10, "twitter"));
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				WorkbookContents.of(Locale.ENGLISH, posts, List.of()))) {
			Row first = workbook.sheet("Posts").getRow(1);
			Cell title = first.getCell(1);
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).isEqualTo(WorkbookContents.HYPERLINK_TITLE);
			assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(first.getCell(10).getStringCellValue()).isEqualTo("+cmd|' /C calc'!A0");
			Row second = workbook.sheet("Posts").getRow(2);
			assertThat(second.getCell(1).getStringCellValue()).isEqualTo("Bell and non-characters 🙂");
			assertThat(second.getCell(2).getStringCellValue()).isEqualTo("-1+2");
			Cell topTitle = workbook.rowLabelled("Top posts", "1").getCell(1);
			assertThat(topTitle.getCellType()).isEqualTo(CellType.STRING);
			assertThat(topTitle.getStringCellValue()).isEqualTo(WorkbookContents.HYPERLINK_TITLE);
			assertThat(workbook.rowsAsCsv("Authors by month")).contains("-1+2,Twitter usage,1,1",
					"@attacker,Twitter usage,1,1");
		}
	}

	@Test
	void postsBeyondTheRowLimitContinueOnTheNextSheet() throws IOException {
		ReportContent content = WorkbookContents.generated(Locale.ENGLISH, 7, 2, 2);
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(3), content)) {
			assertThat(workbook.sheetNames()).containsExactly("Summary", "Themes by month", "Authors by month",
					"Top posts", "Engagement", "Posts", "Posts (2)", "Posts (3)", "Data", "Rejects");
			assertThat(workbook.sheet("Posts").getLastRowNum()).isEqualTo(3);
			assertThat(workbook.sheet("Posts (2)").getLastRowNum()).isEqualTo(3);
			assertThat(workbook.sheet("Posts (3)").getLastRowNum()).isEqualTo(1);
			assertThat(workbook.sheet("Posts (2)").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Title");
			assertThat(workbook.sheet("Posts (2)").getRow(1).getCell(1).getStringCellValue()).endsWith("(4)");
			assertThat(workbook.sheet("Posts (3)").getRow(1).getCell(1).getStringCellValue()).endsWith("(7)");
		}
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(6),
				WorkbookContents.generated(Locale.FRENCH, 7, 2, 2))) {
			assertThat(workbook.sheetNames()).contains("Billets", "Billets (2)").doesNotContain("Billets (3)");
		}
	}

	@Test
	void everySheetPrintsOnA4OnePageWideWithItsHeaderRepeated() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				withReject(WorkbookContents.generated(Locale.ENGLISH, 200, 30, 6)))) {
			List<String> landscape = new ArrayList<>();
			List<String> repeated = new ArrayList<>();
			for (Sheet sheet : workbook.workbook()) {
				PrintSetup setup = sheet.getPrintSetup();
				assertThat(setup.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getFooter().getRight()).isEqualTo("&P / &N");
				if (setup.getLandscape()) {
					landscape.add(sheet.getSheetName());
				}
				if (sheet.getRepeatingRows() != null) {
					repeated.add(sheet.getSheetName() + " " + sheet.getRepeatingRows().formatAsString());
				}
				if (sheet.getSheetName().equals("Posts")) {
					// too wide for one legible page: two parts, cut after the terms, each scaled to the width
					assertThat(sheet.getFitToPage()).isFalse();
					assertThat(sheet.getColumnBreaks()).containsExactly(PostsSheets.FIRST_PART - 1);
					assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
					assertThat(setup.getLeftToRight()).as("across, then down").isTrue();
					assertThat((int) setup.getScale()).isBetween(40, 100);
				}
				else {
					assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
					assertThat(setup.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
					assertThat(setup.getFitHeight()).as(sheet.getSheetName()).isZero();
				}
			}
			assertThat(landscape).containsExactly("Summary", "Themes by month", "Authors by month", "Top posts",
					"Engagement", "Posts", "Rejects");
			assertThat(repeated).containsExactly("Themes by month 1:1", "Authors by month 1:1", "Posts 1:1",
					"Data 1:1", "Rejects 1:1");
			Row best = workbook.sheet("Top posts").getRow(2);
			assertThat(best.getCell(1).getCellStyle().getWrapText()).as("titles wrap within the page").isTrue();
			assertThat(best.getCell(9).getCellStyle().getWrapText()).as("terms wrap within the page").isTrue();
			// a title of 100 characters or more takes three lines of its 46-character column
			Row post = workbook.sheet("Posts").getRow(1);
			String title = post.getCell(1).getStringCellValue();
			assertThat(post.getHeightInPoints()).isEqualTo(RowHeights.lines(title.length(), 46) * 15 + (title.length() > 46 ? 2 : 0),
					org.assertj.core.data.Offset.offset(0.5f));
		}
	}

	@Test
	void engagementPerNetworkThemeAndAuthorAndTheTopPostsByEngagementBesideThoseByScore() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				org.socialreports.report.SocialArchive.content(Locale.ENGLISH))) {
			List<String> rows = workbook.rowsAsCsv("Engagement");
			assertThat(rows).contains("Engagement per network", "Network,Posts,With counts,Likes,Reposts,Replies,Per post",
					"Engagement per theme", "Engagement per author", "The posts that drew the most");
			// LinkedIn's export counts nothing, Mastodon's no replies: no cell rather than a zero
			assertThat(rows).anySatisfy((row) -> assertThat(row).matches("LinkedIn,32,0"));
			assertThat(rows).anySatisfy((row) -> assertThat(row).matches("Mastodon,33,33,\\d+,\\d+,,[0-9.]+"));
			Row heading = workbook.rowLabelled("Top posts", "Crisis communication");
			List<String> top = workbook.rowsAsCsv("Top posts");
			assertThat(top).contains(",Drew the most (likes, reposts, replies)");
			assertThat(values(heading.getSheet().getRow(heading.getRowNum() + 2)).get(4)).isIn("X (Twitter)",
					"Bluesky", "Mastodon", "Blog", "LinkedIn");
			List<String> summary = workbook.rowsAsCsv("Summary");
			assertThat(summary).anySatisfy((row) -> assertThat(row).startsWith("▲ Crisis communication: 20 posts in November 2025"));
			assertThat(summary).contains("facebook/your_posts_1.json,0,⚠ no post: only rejects (see the Rejects sheet)");
		}
	}

	@Test
	void rowLimitIsThatOfASheet() {
		assertThat(WorkbookReportWriter.MAX_POSTS_PER_SHEET).isEqualTo(1_048_575);
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkbookReportWriter(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkbookReportWriter(1_048_576));
	}

	@Test
	void chartsAreNativeChartParts() throws Exception {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH))) {
			XSSFSheet summary = (XSSFSheet) workbook.sheet("Summary");
			XSSFSheet themes = (XSSFSheet) workbook.sheet("Themes by month");
			assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(themes.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(themes.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount())
				.isEqualTo(ShippedThemes.THEMES.all().toArray(Theme[]::new).length);
			List<String> parts = workbook.workbook()
				.getPackage()
				.getParts()
				.stream()
				.map(PackagePart::getPartName)
				.map(Object::toString)
				.toList();
			assertThat(parts).contains("/xl/charts/chart1.xml", "/xl/charts/chart2.xml");
			assertThat(parts).noneMatch((part) -> part.startsWith("/xl/media/"));
		}
	}

	@Test
	void trendIsLinesOverMonthsAndColumnsForASingleMonth() throws IOException {
		try (OpenedWorkbook seed = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH));
				OpenedWorkbook year = write(new WorkbookReportWriter(),
						WorkbookContents.generated(Locale.ENGLISH, 200, 14, 6))) {
			assertThat(trend(seed).getChartSeries()).singleElement().isInstanceOf(XDDFBarChartData.class);
			assertThat(trend(year).getChartSeries()).singleElement().isInstanceOf(XDDFLineChartData.class);
			assertThat(trend(year).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(14);
		}
	}

	private static XSSFChart trend(OpenedWorkbook workbook) {
		return ((XSSFSheet) workbook.sheet("Themes by month")).getDrawingPatriarch().getCharts().get(0);
	}

	@Test
	void emptyReportIsStillAWorkbook() throws IOException {
		try (OpenedWorkbook workbook = write(new WorkbookReportWriter(),
				WorkbookContents.of(Locale.ENGLISH, List.of(), List.of()))) {
			assertThat(value(workbook, "Summary", "Period covered")).isEqualTo("no posts yet");
			assertThat(value(workbook, "Summary", "Posts")).isEqualTo("0");
			assertThat(workbook.rowsAsCsv("Posts")).hasSize(1);
			assertThat(workbook.rowsAsCsv("Data")).containsExactly("author,month,theme,posts,words");
			assertThat(workbook.rowLabelled("Top posts", "Twitter usage")).isNotNull();
		}
	}

	@Test
	void cellStylesAreSharedNotCreatedPerCell() throws IOException {
		try (OpenedWorkbook small = write(new WorkbookReportWriter(), WorkbookContents.seed(Locale.ENGLISH));
				OpenedWorkbook large = write(new WorkbookReportWriter(),
						WorkbookContents.generated(Locale.ENGLISH, 2_000, 14, 6))) {
			assertThat(large.workbook().getNumCellStyles()).isEqualTo(small.workbook().getNumCellStyles());
		}
	}

	@Test
	void temporaryFilesGoBesideTheWorkbookAndAreGoneOnceItIsWritten() throws IOException {
		// POI's process-wide strategy, which a thread of the writer would fall back on
		List<File> elsewhere = new CopyOnWriteArrayList<>();
		TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {

			@Override
			public File createTempFile(String prefix, String suffix) throws IOException {
				File file = Files.createTempFile(WorkbookReportWriterTests.this.folder, prefix, suffix).toFile();
				elsewhere.add(file);
				return file;
			}

			@Override
			public File createTempDirectory(String prefix) throws IOException {
				File directory = Files.createTempDirectory(WorkbookReportWriterTests.this.folder, prefix).toFile();
				elsewhere.add(directory);
				return directory;
			}

		});
		try {
			Path reports = Files.createDirectories(this.folder.resolve("reports"));
			Path target = reports.resolve("social-media-report.xlsx");

			new WorkbookReportWriter(50).write(WorkbookContents.generated(Locale.ENGLISH, 500, 3, 2), target);

			assertThat(elsewhere).isEmpty();
			try (Stream<Path> left = Files.list(reports)) {
				assertThat(left).containsExactly(target);
			}
			try (OpenedWorkbook workbook = OpenedWorkbook.open(target)) {
				// fifty rows a sheet: ten Posts sheets, each streamed through temporary files of its own
				assertThat(workbook.sheet("Posts (10)").getLastRowNum()).isEqualTo(50);
			}
		}
		finally {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
		}
	}

	private OpenedWorkbook write(WorkbookReportWriter writer, ReportContent content) throws IOException {
		Path target = Files.createTempFile(this.folder, "workbook-", ".xlsx");
		writer.write(content, target);
		return OpenedWorkbook.open(target);
	}

	private static ReportContent withReject(ReportContent content) {
		return new ReportContent(content.locale(), content.runDate(), content.themes(), content.aggregates(),
				content.postFigures(), List.of(new Reject("broken.txt", 3, "unknown month 'brumaire'")), content.posts());
	}

	private static String value(OpenedWorkbook workbook, String sheet, String label) {
		return OpenedWorkbook.plain(workbook.rowLabelled(sheet, label).getCell(1));
	}

	private static List<String> values(Row row) {
		List<String> values = new ArrayList<>();
		for (int column = 0; column < row.getLastCellNum(); column++) {
			values.add(OpenedWorkbook.plain(row.getCell(column)));
		}
		return values;
	}

	private static List<YearMonth> months(Sheet sheet, int count) {
		List<YearMonth> months = new ArrayList<>();
		for (int row = 1; row <= count; row++) {
			Cell cell = sheet.getRow(row).getCell(0);
			assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
			months.add(YearMonth.from(cell.getLocalDateTimeCellValue()));
		}
		return months;
	}

}
