package org.socialreports.report.pdf;

import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.socialreports.job.JobFunctionalTestSupport;
import org.socialreports.job.JobRuns;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

class PdfFunctionalTests extends JobFunctionalTestSupport {

	@Test
	void seedArchiveGivesAPdfWithTheSeedFigures() throws Exception {
		assertThat(run("en")).isEqualTo(BatchStatus.COMPLETED);
		Path pdf = this.output.resolve("latest/social-media-report.pdf");
		String text = PdfFiles.text(pdf);
		assertThat(text).contains("Posts 5", "5 posts by 2 authors", "March 2009");
		assertThat(text).contains("Twitter usage 1 20%", "Social-network security 2 40%", "Corporate blogging 1 20%",
				"Crisis communication 1 20%", "Unclassified 0 0%", "Total 5 100%");
		assertThat(text).contains("Yann Gourvennec", "conseilsmarketing", "conseilsmarketing-blog-archive-2009-03.txt");
		assertThat(text).contains("The period is a single month").doesNotContain("Rejected inputs", "▲", "▼");
		try (PDDocument document = PdfFiles.open(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Social media strategy report");
		}
	}

	@Test
	void languageOfTheRunIsTheLanguageOfThePdf() throws Exception {
		assertThat(run("fr")).isEqualTo(BatchStatus.COMPLETED);

		String text = PdfFiles.text(this.output.resolve("latest/social-media-report.pdf"));
		assertThat(text).contains("Rapport de stratégie sur les médias sociaux", "mars 2009",
				"Sécurité des réseaux sociaux 2 40 %", "Usage de Twitter 1 20 %");
		assertThat(text).doesNotContain("Mars 2009", "1 billets", "1 auteurs", "(untitled)");
	}

	private BatchStatus run(String lang) throws Exception {
		return JobRuns.run(this.jobOperatorTestUtils, Path.of("input"), this.output, "--lang=" + lang).getStatus();
	}

}
