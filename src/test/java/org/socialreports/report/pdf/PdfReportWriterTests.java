package org.socialreports.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.DefaultLocale;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.report.ReportContent;

import static org.assertj.core.api.Assertions.assertThat;

// a German machine: the report's language must come from the content, never from the machine
@DefaultLocale("de-DE")
class PdfReportWriterTests {

	private final PdfReportWriter writer = new PdfReportWriter();

	@TempDir
	Path folder;

	@Test
	void fileNameIsTheContractOne() {
		assertThat(this.writer.fileName()).isEqualTo("social-media-report.pdf");
	}

	@Test
	void englishReportShowsEveryFigure() throws IOException {
		String text = PdfFiles.text(write(ReportContents.small(Locale.ENGLISH))).replaceAll("\\s+", " ");

		assertThat(text).contains("Social media strategy report", "February 2009 to March 2009", "November 24, 2026",
				"1 file gave no post", "broken.txt: no post ⚠ only rejects, see rejects.csv",
				"2009/blog-archive-2009-02.txt: 1 post", "blog-archive-2009-03.txt: 4 posts");
		assertThat(text).contains("5 posts by 3 authors", "Leading theme: Twitter usage, with 2 posts (40% of all posts)",
				"Unclassified, matching no theme well enough: 1 post (20% of all posts)",
				"In March 2009: 4 posts, against 1 in February 2009 (▲ 3) and 1.0 a month over the month before.",
				"Most active author: Hervé Kabla, with 2 posts");
		assertThat(text).contains("Twitter usage 2 40%", "Social-network security 1 20%", "Corporate blogging 1 20%",
				"Crisis communication 0 0%", "Unclassified 1 20%", "Total 5 100%");
		assertThat(text).contains("Hervé Kabla", "Yann Gourvennec", "conseilsmarketing");
		assertThat(text).contains("Key figures", "Charts", "Posts per month and theme", "Each author’s mix of themes",
				"Posts per author and theme", "Top posts per theme", "Method",
				"20% of the posts (1 post) match no theme well enough", "the date of publication for WordPress exports",
				"the date of last modification for the text dump", "No archive of this report counts engagement",
				"a theme’s terms count little in a post off its subject",
				"The score is the theme’s probability when a theme model decides",
				"twitter (6), tweet (1.5), taxonomy terms (learned 2.58), abonn (learned 0.40)");
		assertThat(text).contains("1 input could not be read as posts").doesNotContain("(untitled)", "1 posts", "1 authors");
	}

	@Test
	void frenchReportSpeaksFrench() throws IOException {
		String text = PdfFiles.text(write(ReportContents.small(Locale.FRENCH))).replaceAll("\\s+", " ");

		assertThat(text).contains("Rapport de stratégie sur les médias sociaux", "février 2009 – mars 2009",
				"24 novembre 2026", "Chiffres clés", "Sécurité des réseaux sociaux", "Blogs d’entreprise", "Non classé",
				"Méthode", "Page 1 sur ");
		assertThat(text).contains("Usage de Twitter 2 40 %", "5 billets de 3 auteurs",
				"Non classés, faute de correspondre assez à un thème : 1 billet (20 % du total)",
				"En mars 2009 : 4 billets, contre 1 en février 2009 (▲ 3) et 1,0 par mois sur le mois précédent.",
				"2009/blog-archive-2009-02.txt : 1 billet", "broken.txt : aucun billet",
				"1 fichier n’a donné aucun billet", "la date de publication pour les exports WordPress",
				"1 entrée n’a pas pu être lue comme un billet",
				"les termes d’un thème comptent peu dans un billet hors de son sujet",
				"Le score est la probabilité du thème quand un modèle décide",
				"twitter (6), tweet (1,5), termes de la taxonomie (appris 2,58), abonn (appris 0,40)");
		assertThat(text).doesNotContain("learned", "Février", "Mars 2009", "1 billets", "1 auteurs");
	}

	@Test
	void typographyAndAccentsSurviveAndAreComposed() throws IOException {
		String text = PdfFiles.text(write(ReportContents.small(Locale.FRENCH)));

		assertThat(text).contains("Hervé Kabla", "« Suivre » ou ne pas suivre", "Twitter, un outil à manier…",
				"L’Œuvre d’un blog éditorial", "blog d’entreprise, œuvre");
		// the title was given with a combining accent: it must come out as a single é
		assertThat(text).doesNotContain("e\u0301");
	}

	@Test
	void chartLabelsAreTextInTheEmbeddedFont() throws IOException {
		String text = PdfFiles.text(write(ReportContents.small(Locale.FRENCH)));

		// axis and legend labels of the charts, drawn as text rather than pixels
		assertThat(text).contains("Part des billets de l’auteur", "févr. 2009");
	}

	@Test
	void pagesAreA4AndNumberedOutOfTheTotal() throws IOException {
		Path pdf = write(ReportContents.small(Locale.ENGLISH));

		try (PDDocument document = PdfFiles.open(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(2);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(),
					org.assertj.core.data.Offset.offset(1f));
			String text = PdfFiles.text(pdf);
			for (int page = 1; page <= pages; page++) {
				assertThat(text).contains("Page " + page + " of " + pages);
			}
		}
	}

	@Test
	void metadataDescribesTheReport() throws IOException {
		try (PDDocument document = PdfFiles.open(write(ReportContents.small(Locale.ENGLISH)))) {
			PDDocumentInformation info = document.getDocumentInformation();
			assertThat(info.getTitle()).isEqualTo("Social media strategy report");
			assertThat(info.getSubject()).isEqualTo("Posts by theme, author and month: February 2009 to March 2009");
			assertThat(info.getAuthor()).isEqualTo("Social strategy reports");
			assertThat(info.getCreationDate()).isNotNull();
			assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
		}
	}

	@Test
	void everyFontIsEmbeddedDejaVu() throws IOException {
		try (PDDocument document = PdfFiles.open(write(ReportContents.small(Locale.FRENCH)))) {
			List<PDFont> fonts = PdfFiles.fonts(document);

			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy((font) -> {
				assertThat(font.getName()).contains("DejaVuSans");
				assertThat(PdfFiles.embeddedProgram(font)).as("FontFile2 of %s", font.getName()).isNotNull();
			});
		}
	}

	@Test
	void everySectionHasABookmark() throws IOException {
		try (PDDocument document = PdfFiles.open(write(ReportContents.large(Locale.ENGLISH, 6)))) {
			List<String> titles = new java.util.ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
			}
			assertThat(titles).containsExactly("Cover", "Key figures", "Engagement", "Charts", "Tables",
					"Top posts per theme", "Method", "Rejected inputs");
		}
	}

	@Test
	void rejectsAreCountedWithWhereTheListIs() throws IOException {
		String text = PdfFiles.text(write(ReportContents.large(Locale.ENGLISH, 6)));

		assertThat(text).contains("Rejected inputs", "8 inputs could not be read as posts", "rejects.csv",
				"… and 3 more in rejects.csv.");
	}

	@Test
	void manyAuthorsAreSummedUpInsteadOfListed() throws IOException {
		ReportContent content = ReportContents.large(Locale.ENGLISH, 40);
		String text = PdfFiles.text(write(content));

		int others = content.figures().authors().size() - TablesSection.TABLED_AUTHORS;
		assertThat(others).isPositive();
		assertThat(text).contains(others + " other authors",
				"The " + ChartsSection.CHARTED_AUTHORS + " most active authors are shown; the other "
						+ (others + TablesSection.TABLED_AUTHORS - ChartsSection.CHARTED_AUTHORS),
				"… and 3 more");
	}

	@Test
	void emptyRunStillGivesAReadableReport() throws IOException {
		ReportContent empty = new ReportContent(Locale.ENGLISH, ReportContents.RUN_DATE, ShippedThemes.THEMES, List.of(),
				java.util.Map.of(), List.of(), (action) -> {
				});

		String text = PdfFiles.text(write(empty));

		assertThat(text).contains("no posts yet", "No post has been read yet", "Method", "Page 2 of 2");
	}

	@ParameterizedTest
	@CsvSource({ "en, 240, 40, 20000, true", "fr, 240, 40, 20000, true", "en, 240, 6, 5000, false",
			"en, 72, 12, 1000000, true", "fr, 72, 12, 1000000, false" })
	void anyArchiveIsASummaryOfAtMostEightPages(String language, int months, int authors, long posts,
			boolean engagement) throws IOException {
		ReportContent content = ReportContents.archive(Locale.forLanguageTag(language), ShippedThemes.THEMES, months,
				authors, posts, engagement);
		assertThat(content.figures().totalPosts()).isGreaterThanOrEqualTo(posts);
		try (PDDocument document = PdfFiles.open(write(content))) {
			assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(8);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void twentyYearsOfTwelveThemesTakeOnePageMoreWithTheirLabelsWhole(String language) throws IOException {
		ReportContent content = ReportContents.archive(Locale.forLanguageTag(language), ReportContents.twelveThemes(),
				240, 40, 50000, true);
		Path written = write(content);
		try (PDDocument document = PdfFiles.open(written)) {
			// eight pages for four themes; a taxonomy of twelve, the most it may define, takes one more
			assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(9);
		}
		// the theme columns' headers are turned rather than broken inside their words
		String text = PdfFiles.text(written);
		assertThat(text).contains(language.equals("fr") ? "Thème numéro 12" : "Theme number 12")
			.doesNotContain(language.equals("fr") ? "Thè\nme" : "The\nme");
		if (language.equals("en")) {
			assertThat(text).contains("19,443");
		}
	}

	@Test
	void theSpikeIsCalledOutOnTheFirstPageWithItsAuthorsAndLeadingPost() throws IOException {
		ReportContent content = ReportContents.archive(Locale.ENGLISH, ShippedThemes.THEMES, 24, 3, 3000, false);
		try (PDDocument document = PdfFiles.open(write(content))) {
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setEndPage(1);
			String text = firstPage.getText(document).replace('\n', ' ');
			assertThat(text).contains("What changed in March 2026", "▲ Twitter usage: ", "posts in March 2026, ",
					"× its usual level", "of them by Auteur n°", "led by “Billet n° 1 : pourquoi les « médias sociaux »");
		}
	}

	@Test
	void engagementPerNetworkAndThemeAndTheMostEngagingPosts() throws IOException {
		String text = PdfFiles.text(write(ReportContents.archive(Locale.FRENCH, ShippedThemes.THEMES, 24, 3, 3000, true)));

		assertThat(text).contains("Engagement", "Par réseau", "X (Twitter)", "Mastodon", "Par thème",
				"Les billets qui ont suscité le plus", "500 · 50 · 5", "99 999");
	}

	private Path write(ReportContent content) throws IOException {
		Path target = this.folder.resolve("report-" + content.locale() + ".pdf");
		this.writer.write(content, target);
		assertThat(Files.size(target)).isPositive();
		return target;
	}

}
