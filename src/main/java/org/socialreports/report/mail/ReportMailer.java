package org.socialreports.report.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.socialreports.report.ReportContent;
import org.socialreports.report.ReportDelivery;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mails a published report: the PDF attached, the workbook too if asked, and a short body with
 * the key figures and what changed. An attachment that would make the message larger than a
 * mail server takes is left out, and the mail says where the report is. A mail that cannot be
 * sent is an outcome, not an exception: the report is published already and stays so.
 */
public class ReportMailer implements ReportDelivery {

	static final String PDF = "social-media-report.pdf";

	static final String WORKBOOK = "social-media-report.xlsx";

	/** Base64 writes 3 bytes as 4 characters, in lines of 76 and their line ends. */
	static long encodedSize(long bytes) {
		return (bytes + 2) / 3 * 4 * 78 / 76;
	}

	/** Room for the body and the headers. */
	private static final long BODY_BYTES = 64 * 1024;

	private final JavaMailSender sender;

	private final MailSettings settings;

	public ReportMailer(JavaMailSender sender, MailSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public Outcome deliver(ReportContent content, Path folder) {
		if (this.settings.to().isEmpty()) {
			return Outcome.NOT_ASKED;
		}
		ReportMail mail = new ReportMail(content);
		try {
			List<Path> attached = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			long size = BODY_BYTES;
			List<Path> wanted = new ArrayList<>(List.of(folder.resolve(PDF)));
			if (this.settings.attachWorkbook()) {
				wanted.add(folder.resolve(WORKBOOK));
			}
			for (Path file : wanted) {
				long encoded = encodedSize(Files.size(file));
				if (size + encoded <= this.settings.maxMessageBytes()) {
					attached.add(file);
					size += encoded;
				}
				else {
					notes.add(mail.message("tooLarge", file.getFileName().toString(), megabytes(Files.size(file)),
							megabytes(this.settings.maxMessageBytes()), file.toAbsolutePath().toString()));
				}
			}
			notes.add(mail.message("where", folder.toAbsolutePath().toString()));
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setTo(this.settings.to().toArray(String[]::new));
			if (!this.settings.cc().isEmpty()) {
				helper.setCc(this.settings.cc().toArray(String[]::new));
			}
			if (this.settings.from() != null && !this.settings.from().isBlank()) {
				helper.setFrom(this.settings.from());
			}
			helper.setSubject(mail.subject());
			helper.setText(mail.text(notes), mail.html(notes));
			for (Path file : attached) {
				helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
			}
			this.sender.send(message);
			int recipients = this.settings.to().size() + this.settings.cc().size();
			return Outcome.sent("mailed to " + recipients + " recipient(s), "
					+ (attached.isEmpty() ? "nothing attached"
							: String.join(" and ", attached.stream().map((file) -> file.getFileName().toString()).toList())
									+ " attached")
					+ ((attached.size() < wanted.size()) ? " (too large for the rest)" : ""));
		}
		catch (MailException | MessagingException | IOException ex) {
			return Outcome.failed(describe(ex));
		}
	}

	/** The mail server's own words, and the cause under them: "Couldn't connect to host, port: …; timeout 10000 (Connection refused)". */
	static String describe(Exception failure) {
		Throwable cause = failure;
		if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
			cause = send.getMessageExceptions()[0];
		}
		String said = firstPart(cause.getMessage());
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == cause) ? said : said + " (" + firstPart(root.getMessage()) + ")";
	}

	private static String firstPart(String message) {
		String text = String.valueOf(message);
		int nested = text.indexOf("nested exception is");
		if (nested >= 0) {
			text = text.substring(0, nested);
		}
		text = text.replaceAll("\\s+", " ").strip();
		return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
	}

	private static String megabytes(long bytes) {
		return String.valueOf(Math.round(bytes / 100_000.0) / 10.0);
	}

}
