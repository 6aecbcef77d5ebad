package org.socialreports.report.mail;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who receives the reports, from whom, and what is attached: {@code reports.mail.*}. The SMTP
 * server itself (host, port, TLS, user and password) is Spring Boot's {@code spring.mail.*}.
 *
 * @param to the recipients; none, and nothing is sent
 * @param cc who receives a copy
 * @param from the sender; the SMTP user when not set
 * @param attachWorkbook whether the workbook is attached beside the PDF
 * @param maxMessageBytes the largest message a mail server takes, attachments encoded (base64
 * makes them a third larger): an attachment that would pass it is not attached, and the mail
 * says where the report is instead
 */
@ConfigurationProperties("reports.mail")
public record MailSettings(@DefaultValue List<String> to, @DefaultValue List<String> cc, String from,
		@DefaultValue("false") boolean attachWorkbook, @DefaultValue("10000000") long maxMessageBytes) {

	public MailSettings {
		to = List.copyOf(to.stream().map(String::strip).filter((address) -> !address.isEmpty()).toList());
		cc = List.copyOf(cc.stream().map(String::strip).filter((address) -> !address.isEmpty()).toList());
	}

}
