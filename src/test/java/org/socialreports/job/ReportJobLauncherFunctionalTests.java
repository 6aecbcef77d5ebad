package org.socialreports.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialreports.ingest.SyntheticArchive;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line does with a run that did not complete: resume it, then run what was
 * asked; or abandon it when the options changed.
 */
@SpringBatchTest
@SpringBootTest
class ReportJobLauncherFunctionalTests {

	@Autowired
	ReportJobLauncher launcher;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	@TempDir
	Path home;

	Path output;

	@BeforeEach
	void inputWithTheSeedAndAnOutputThatCannotBeAFolder() throws Exception {
		StagingTables.empty(this.jdbc);
		Files.copy(Path.of("input/conseilsmarketing-blog-archive-2009-03.txt"), this.input.resolve("seed.txt"));
		this.output = this.home.resolve("reports");
		// a file where the output folder should be: the report step fails, the rest completes
		Files.writeString(this.output, "not a folder");
	}

	@Test
	void failedRunIsResumedThenTheRunAskedForReadsTheNewInput() throws Exception {
		assertThat(launch()).isEqualTo(ExitCodes.FAILED);
		long failedExecution = lastStatus().id();
		Files.delete(this.output);
		SyntheticArchive.write(this.input.resolve("new"), 20, 1, 3L);

		assertThat(launch()).isEqualTo(ExitCodes.COMPLETED);

		JobInstance resumedInstance = this.jobRepository.getJobExecution(failedExecution).getJobInstance();
		assertThat(this.jobRepository.getLastJobExecution(resumedInstance).getStatus())
			.as("the failed run, restarted").isEqualTo(BatchStatus.COMPLETED);
		assertThat(lastStatus().status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(lastStatus().id()).isGreaterThan(failedExecution);
		assertThat(reportedPosts()).isEqualTo(25);
	}

	@Test
	void failedRunWithOtherOptionsIsAbandonedForTheNewOnes() throws Exception {
		assertThat(launch()).isEqualTo(ExitCodes.FAILED);
		long failedExecution = lastStatus().id();
		Files.delete(this.output);

		assertThat(launch("--lang=fr")).isEqualTo(ExitCodes.COMPLETED);

		assertThat(this.jobRepository.getJobExecution(failedExecution).getStatus()).isEqualTo(BatchStatus.ABANDONED);
		assertThat(reportedPosts()).isEqualTo(5);
	}

	private int launch(String... more) throws Exception {
		String[] args = new String[more.length + 2];
		args[0] = "--input=" + this.input;
		args[1] = "--output=" + this.output;
		System.arraycopy(more, 0, args, 2, more.length);
		return this.launcher.launch(CommandLineOptions.parse(args, Path.of(".")));
	}

	private LastExecution lastStatus() {
		JobInstance instance = this.jobRepository.getLastJobInstance(ReportJobConfiguration.JOB_NAME);
		var execution = this.jobRepository.getLastJobExecution(instance);
		return new LastExecution(execution.getId(), execution.getStatus());
	}

	private long reportedPosts() throws Exception {
		return Files.readAllLines(this.output.resolve("latest/aggregates.csv"))
			.stream()
			.skip(1)
			.mapToLong((row) -> Long.parseLong(row.substring(row.lastIndexOf(',', row.lastIndexOf(',') - 1) + 1,
					row.lastIndexOf(','))))
			.sum();
	}

	record LastExecution(long id, BatchStatus status) {
	}

}
