package org.socialreports.report.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.report.PostFigures;
import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportDelivery;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail of a report sent to a real SMTP server, GreenMail's, listening on the loopback
 * interface for the test.
 */
class ReportMailerTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	@TempDir
	Path folder;

	@BeforeEach
	void reportFiles() throws IOException {
		Files.write(this.folder.resolve(ReportMailer.PDF), new byte[20_000]);
		Files.write(this.folder.resolve(ReportMailer.WORKBOOK), new byte[300_000]);
	}

	@Test
	void theReportIsMailedInItsLanguageWithBothAttachmentsAndTheSpike() throws Exception {
		MailSettings settings = new MailSettings(List.of("manager@example.com", "team@example.com"),
				List.of("archive@example.com"), "reports@example.com", true, 10_000_000);

		ReportDelivery.Outcome outcome = mailer(smtp.getSmtp().getPort(), settings).deliver(spiking(Locale.FRENCH),
				this.folder);

		assertThat(outcome.failed()).isFalse();
		assertThat(outcome.description()).isEqualTo(
				"mailed to 3 recipient(s), social-media-report.pdf and social-media-report.xlsx attached");
		MimeMessage[] received = smtp.getReceivedMessages();
		// one copy per recipient, the same message
		assertThat(received).hasSize(3);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("Rapport médias sociaux, mars 2009 : 1 thème se détache");
		assertThat(addresses(message.getRecipients(Message.RecipientType.TO))).containsExactly("manager@example.com",
				"team@example.com");
		assertThat(addresses(message.getRecipients(Message.RecipientType.CC))).containsExactly("archive@example.com");
		assertThat(addresses(message.getFrom())).containsExactly("reports@example.com");
		List<Part> parts = new ArrayList<>();
		collect(message, parts);
		assertThat(parts.stream().filter((part) -> isAttachment(part)).map(ReportMailerTests::fileName))
			.containsExactly("social-media-report.pdf", "social-media-report.xlsx");
		Part pdf = parts.stream().filter((part) -> "social-media-report.pdf".equals(fileName(part))).findFirst().orElseThrow();
		assertThat(pdf.getInputStream().readAllBytes()).hasSize(20_000);
		String html = parts.stream()
			.filter((part) -> isType(part, "text/html"))
			.map(ReportMailerTests::content)
			.findFirst()
			.orElseThrow();
		assertThat(html).contains("Ce qui a changé",
				"Communication de crise : 14 billets en mars 2009, 4,7 × son niveau habituel",
				"dont 12 de Yann Gourvennec", "Thème principal : Communication de crise",
				"Le rapport complet (classeur, PDF, fichiers CSV) est dans " + this.folder.toAbsolutePath());
		String text = parts.stream().filter((part) -> isType(part, "text/plain")).map(ReportMailerTests::content)
			.findFirst().orElseThrow();
		assertThat(text).contains("Communication de crise : 14 billets en mars 2009");
	}

	@Test
	void aWorkbookTooLargeForAMailServerIsNotAttachedButPointedTo() throws Exception {
		MailSettings settings = new MailSettings(List.of("manager@example.com"), List.of(), "reports@example.com",
				true, 200_000);

		ReportDelivery.Outcome outcome = mailer(smtp.getSmtp().getPort(), settings).deliver(spiking(Locale.ENGLISH),
				this.folder);

		assertThat(outcome.description()).endsWith("social-media-report.pdf attached (too large for the rest)");
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getSubject()).isEqualTo("Social media report, March 2009: 1 theme stands out");
		List<Part> parts = new ArrayList<>();
		collect(message, parts);
		assertThat(parts.stream().filter(ReportMailerTests::isAttachment).map(ReportMailerTests::fileName))
			.containsExactly("social-media-report.pdf");
		assertThat(parts.stream().filter((part) -> isType(part, "text/html")).map(ReportMailerTests::content))
			.anySatisfy((html) -> assertThat(html).contains("social-media-report.xlsx (0.3 MB) is not attached",
					"It is in " + this.folder.resolve(ReportMailer.WORKBOOK).toAbsolutePath()));
	}

	@Test
	void aRefusedConnectionIsAFailureThatSaysWhy() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		MailSettings settings = new MailSettings(List.of("manager@example.com"), List.of(), "reports@example.com",
				false, 10_000_000);

		ReportDelivery.Outcome outcome = mailer(closed, settings).deliver(spiking(Locale.ENGLISH), this.folder);

		assertThat(outcome.failed()).isTrue();
		assertThat(outcome.failure()).isEqualTo("Couldn't connect to host, port: 127.0.0.1, " + closed
				+ "; timeout 5000 (Connection refused)");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void noRecipientNoMail() {
		MailSettings settings = new MailSettings(List.of(" "), List.of(), null, true, 10_000_000);

		assertThat(mailer(smtp.getSmtp().getPort(), settings).deliver(spiking(Locale.ENGLISH), this.folder))
			.isEqualTo(ReportDelivery.Outcome.NOT_ASKED);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private static ReportMailer mailer(int port, MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return new ReportMailer(sender, settings);
	}

	/** Crisis communication: 3 posts a month for six months, then 14 in March 2009, 12 by Yann Gourvennec. */
	static ReportContent spiking(Locale locale) {
		List<AuthorMonthTheme> rows = new ArrayList<>();
		java.time.YearMonth latest = java.time.YearMonth.of(2009, 3);
		for (java.time.YearMonth month = latest.minusMonths(6); month.isBefore(latest); month = month.plusMonths(1)) {
			rows.add(new AuthorMonthTheme("Anne", month, ShippedThemes.CRISIS_COMMUNICATION, 1, 300));
			rows.add(new AuthorMonthTheme("Yann Gourvennec", month, ShippedThemes.CRISIS_COMMUNICATION, 2, 600));
		}
		rows.add(new AuthorMonthTheme("Anne", latest, ShippedThemes.CRISIS_COMMUNICATION, 2, 600));
		rows.add(new AuthorMonthTheme("Yann Gourvennec", latest, ShippedThemes.CRISIS_COMMUNICATION, 12, 300));
		rows.sort(java.util.Comparator.comparing(AuthorMonthTheme::author).thenComparing(AuthorMonthTheme::month));
		return new ReportContent(locale, java.time.LocalDate.of(2009, 4, 1), ShippedThemes.THEMES, rows, PostFigures.ofTopPosts(java.util.Map.of()), List.of(), (action) -> {
				});
	}

	private static List<String> addresses(jakarta.mail.Address[] addresses) {
		return java.util.Arrays.stream(addresses).map((address) -> ((InternetAddress) address).getAddress()).toList();
	}

	private static void collect(Part part, List<Part> parts) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				collect(body, parts);
			}
		}
		else {
			parts.add(part);
		}
	}

	private static boolean isAttachment(Part part) {
		try {
			return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isType(Part part, String type) {
		try {
			return part.isMimeType(type) && !isAttachment(part);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fileName(Part part) {
		try {
			return part.getFileName();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String content(Part part) {
		try {
			return String.valueOf(part.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
