package org.socialreports.job;

import java.nio.file.Path;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run that mails its report to a real SMTP server on the loopback interface (GreenMail),
 * and one whose server refuses the connection: the report is published all the same, and the
 * exit code says the mail failed.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = { "reports.mail.to=manager@example.com", "reports.mail.from=reports@example.com",
		"reports.mail.attach-workbook=true", "spring.mail.host=127.0.0.1" })
class MailDeliveryFunctionalTests extends JobFunctionalTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
		// started before the application, which is given its port; the refused connection comes last
		.withPerMethodLifecycle(false);

	@Autowired
	ReportJobLauncher launcher;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Test
	@Order(1)
	void aCompletedRunMailsItsReportInItsLanguage(CapturedOutput output) throws Exception {
		int exitCode = this.launcher.launch(options("--lang=fr"));

		assertThat(exitCode).isEqualTo(ExitCodes.COMPLETED);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Rapport médias sociaux, mars 2009");
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("manager@example.com");
		Multipart parts = (Multipart) received[0].getContent();
		assertThat(parts.getCount()).isEqualTo(3);
		assertThat(List.of(parts.getBodyPart(1).getFileName(), parts.getBodyPart(2).getFileName()))
			.containsExactly("social-media-report.pdf", "social-media-report.xlsx");
		assertThat(lastLine(output)).contains("Reports in " + this.output.toAbsolutePath().resolve(
				java.time.LocalDate.now().toString()), "mailed to 1 recipient(s)");
	}

	@Test
	@Order(2)
	void aMailThatCannotBeSentLosesNoReportAndSaysSoInItsExitCode(CapturedOutput output) throws Exception {
		smtp.stop();

		int exitCode = this.launcher.launch(options("--lang=en"));

		assertThat(exitCode).isEqualTo(ExitCodes.MAIL_FAILED);
		assertThat(this.output.resolve("latest/social-media-report.pdf")).exists();
		assertThat(output.getOut()).contains("but the mail could not be sent");
		assertThat(lastLine(output)).contains("Reports in ", "the mail could not be sent (exit code 4)",
				"Connection refused");
	}

	private CommandLineOptions options(String... more) {
		String[] args = new String[more.length + 2];
		args[0] = "--input=input";
		args[1] = "--output=" + this.output;
		System.arraycopy(more, 0, args, 2, more.length);
		return CommandLineOptions.parse(args, Path.of("."));
	}

	private static String lastLine(CapturedOutput output) {
		List<String> lines = output.getOut().lines().filter((line) -> !line.isBlank()).toList();
		return lines.get(lines.size() - 1);
	}

}
