package org.socialreports.report.workbook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class WorkbookConfiguration {

	@Bean
	@Order(10)
	WorkbookReportWriter workbookReportWriter() {
		return new WorkbookReportWriter();
	}

}
