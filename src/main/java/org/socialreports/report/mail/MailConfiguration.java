package org.socialreports.report.mail;

import org.socialreports.report.ReportDelivery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mail after a successful run: sent only when {@code reports.mail.to} names someone, through
 * the SMTP server of {@code spring.mail.*}, which must then be set (a run that should mail and
 * cannot know where to stops at start-up, exit code 2).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

	@Bean
	ReportDelivery reportDelivery(MailSettings settings, ObjectProvider<JavaMailSender> sender) {
		if (settings.to().isEmpty()) {
			return ReportDelivery.NONE;
		}
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			throw new IllegalStateException("reports.mail.to is set (" + String.join(", ", settings.to())
					+ ") but spring.mail.host is not: set the SMTP server, or no recipient");
		}
		return new ReportMailer(mailSender, settings);
	}

}
