package org.socialreports.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * Runs the job in a test as the command line would. It lives outside the test classes because
 * Spring Batch's scope listeners take any test method returning an execution for a factory.
 */
public final class JobRuns {

	public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

	private JobRuns() {
	}

	/** Runs the job with {@code --input} and {@code --output} and any further options. */
	public static JobExecution run(JobOperatorTestUtils utils, Path input, Path output, String... options)
			throws Exception {
		String[] args = Stream
			.concat(Stream.of("--input=" + input, "--output=" + output), Stream.of(options))
			.toArray(String[]::new);
		CommandLineOptions parsed = CommandLineOptions.parse(args, Path.of("."));
		return utils.startJob(ReportJobLauncher.parameters(parsed, RUN_DATE));
	}

	public static Map<String, StepExecution> steps(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.collect(Collectors.toMap(StepExecution::getStepName, Function.identity()));
	}

}
