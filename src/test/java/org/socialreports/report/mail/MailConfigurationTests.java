package org.socialreports.report.mail;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.socialreports.report.ReportDelivery;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MailConfigurationTests {

	private final MailConfiguration configuration = new MailConfiguration();

	@Test
	void noRecipientNoMailerEvenWithoutAServer() {
		assertThat(this.configuration.reportDelivery(settings(), new StaticListableBeanFactory().getBeanProvider(
				JavaMailSender.class))).isSameAs(ReportDelivery.NONE);
	}

	@Test
	void recipientsWithoutAServerStopTheRunAtStartUpSayingWhy() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.reportDelivery(settings("manager@example.com"),
					new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class)))
			.withMessage("reports.mail.to is set (manager@example.com) but spring.mail.host is not: set the SMTP "
					+ "server, or no recipient");
	}

	@Test
	void recipientsAndAServerMakeAMailer() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", new JavaMailSenderImpl());
		assertThat(this.configuration.reportDelivery(settings("manager@example.com"),
				beans.getBeanProvider(JavaMailSender.class))).isInstanceOf(ReportMailer.class);
	}

	private static MailSettings settings(String... to) {
		return new MailSettings(List.of(to), List.of(), null, false, 10_000_000);
	}

}
