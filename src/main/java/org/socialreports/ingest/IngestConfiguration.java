package org.socialreports.ingest;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	@StepScope
	ArchiveItemReader archiveItemReader(@Value("#{jobParameters['input']}") String input) {
		return new ArchiveItemReader(Path.of(input));
	}

	@Bean
	RejectRecorder rejectRecorder(JdbcTemplate jdbc) {
		return new RejectRecorder(jdbc);
	}

}
