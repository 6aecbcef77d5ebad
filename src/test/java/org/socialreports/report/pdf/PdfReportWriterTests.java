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
import org.junit.jupiter.api.Test;
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
		String text = PdfFiles.text(write(ReportContents.small(Locale.ENGLISH)));

		assertThat(text).contains("Social media strategy report", "February 2009 to March 2009", "November 24, 2026",
				"2009/blog-archive-2009-02.txt", "blog-archive-2009-03.txt");
		assertThat(text).contains("5 posts by 3 authors", "Leading theme: Twitter usage, with 2 posts (40% of all posts)",
				"March 2009: 4 posts, against 1 in February 2009 (▲ up 3)", "Most active author: Hervé Kabla, with 2 posts");
		assertThat(text).contains("Twitter usage 2 40%", "Social-network security 1 20%", "Corporate blogging 1 20%",
				"Crisis communication 0 0%", "Unclassified 1 20%", "Total 5 100%");
		assertThat(text).contains("Hervé Kabla", "Yann Gourvennec", "conseilsmarketing");
		assertThat(text).contains("Key figures", "Charts", "Posts per month and theme", "Each author’s mix of themes",
				"Posts per author and theme", "Top posts per theme", "Method",
				"20% of the posts (1) match no theme well enough");
		assertThat(text).doesNotContain("Rejected inputs");
	}

	@Test
	void frenchReportSpeaksFrench() throws IOException {
		String text = PdfFiles.text(write(ReportContents.small(Locale.FRENCH)));

		assertThat(text).contains("Rapport de stratégie sur les médias sociaux", "Février 2009 à mars 2009",
				"24 novembre 2026", "Chiffres clés", "Sécurité des réseaux sociaux", "Blogs d’entreprise", "Non classé",
				"Méthode", "Page 1 sur ");
		assertThat(text).contains("Usage de Twitter 2 40 %");
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
			assertThat(titles).containsExactly("Cover", "Key figures", "Charts", "Tables", "Top posts per theme",
					"Method", "Rejected inputs");
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
				"The 12 most active authors are shown; the other " + (others + TablesSection.TABLED_AUTHORS - 12),
				"… and 3 more");
	}

	@Test
	void emptyRunStillGivesAReadableReport() throws IOException {
		ReportContent empty = new ReportContent(Locale.ENGLISH, ReportContents.RUN_DATE, ShippedThemes.THEMES, List.of(), List.of(),
				java.util.Map.of(), List.of(), (action) -> {
				});

		String text = PdfFiles.text(write(empty));

		assertThat(text).contains("no posts yet", "No post has been read yet", "Method", "Page 2 of 2");
	}

	private Path write(ReportContent content) throws IOException {
		Path target = this.folder.resolve("report-" + content.locale() + ".pdf");
		this.writer.write(content, target);
		assertThat(Files.size(target)).isPositive();
		return target;
	}

}
