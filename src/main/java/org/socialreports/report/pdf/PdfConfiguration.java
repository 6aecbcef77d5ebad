package org.socialreports.report.pdf;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class PdfConfiguration {

	@Bean
	@Order(20)
	PdfReportWriter pdfReportWriter() {
		return new PdfReportWriter();
	}

}
