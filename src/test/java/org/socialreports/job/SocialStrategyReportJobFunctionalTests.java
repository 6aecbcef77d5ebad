package org.socialreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

class SocialStrategyReportJobFunctionalTests extends JobFunctionalTestSupport {

	static final List<String> SEED_AGGREGATES = List.of("author,month,theme,posts,words",
			"Yann Gourvennec,2009-03,corporate-blogging,1,160", "Yann Gourvennec,2009-03,crisis-communication,1,469",
			"Yann Gourvennec,2009-03,social-network-security,2,533", "conseilsmarketing,2009-03,twitter-usage,1,482");

	@Test
	void seedArchiveGivesTheFourAggregateRowsOfTheDesign() throws Exception {
		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, Path.of("input"), this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		var steps = JobRuns.steps(execution);
		assertThat(steps).containsOnlyKeys("plan-inputs", "ingest-and-classify",
				"ingest-and-classify-file:file-00000", "record-inputs", "apply-overrides", "aggregate", "report");
		StepExecution ingest = steps.get("ingest-and-classify");
		assertThat(ingest.getReadCount()).isEqualTo(5);
		assertThat(ingest.getWriteCount()).isEqualTo(5);
		assertThat(ingest.getSkipCount()).isZero();
		assertThat(ingest.getFilterCount()).isZero();
		assertThat(steps.get("aggregate").getWriteCount()).isEqualTo(4);

		Path runFolder = this.output.resolve("2026-11-24");
		assertThat(Files.readAllLines(runFolder.resolve("aggregates.csv"))).containsExactlyElementsOf(SEED_AGGREGATES);
		assertThat(Files.readAllLines(runFolder.resolve("rejects.csv"))).containsExactly("source,line,reason");
		assertThat(Files.readAllLines(runFolder.resolve("posts.csv"))).hasSize(6)
			.first()
			.asString()
			.startsWith("source,line,title,author,date,month,theme,score,");
		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of("2026-11-24"));
		assertThat(this.output.resolve("latest").resolve("aggregates.csv")).exists();
		try (var leftovers = Files.list(this.output)) {
			assertThat(leftovers.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder("2026-11-24",
					"latest", ".publish.lock");
		}
	}

	@Test
	void secondRunOnTheSameInputCountsNoPostTwice() throws Exception {
		JobRuns.run(this.jobOperatorTestUtils, Path.of("input"), this.output);
		JobExecution second = JobRuns.run(this.jobOperatorTestUtils, Path.of("input"), this.output);

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM staged_post", Long.class)).isEqualTo(5);
		assertThat(Files.readAllLines(this.output.resolve("latest/aggregates.csv")))
			.containsExactlyElementsOf(SEED_AGGREGATES);
	}

	@Test
	void rejectsAreRecordedAndTheJobStillCompletes(@TempDir Path input) throws Exception {
		Files.copy(Path.of("input/conseilsmarketing-blog-archive-2009-03.txt"), input.resolve("a-seed.txt"));
		Files.writeString(input.resolve("b-broken.txt"), """
				Un titre
				Un corps de texte.
				Un titre was last modified: brumaire 3rd, 2009 by quelqu'un
				Texte orphelin après le dernier pied de page
				""");
		Files.write(input.resolve("c-empty.txt"), new byte[0]);

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution ingest = JobRuns.steps(execution).get("ingest-and-classify");
		assertThat(ingest.getWriteCount()).isEqualTo(5);
		assertThat(ingest.getSkipCount()).isEqualTo(3);
		// nothing lost: every entry read is either a post written or a reject
		assertThat(ingest.getReadCount() + ingest.getReadSkipCount())
			.isEqualTo(ingest.getWriteCount() + ingest.getSkipCount());
		List<String> rejects = Files.readAllLines(this.output.resolve("latest/rejects.csv"));
		assertThat(rejects).hasSize(4);
		assertThat(rejects.get(0)).isEqualTo("source,line,reason");
		assertThat(rejects.subList(1, 4)).extracting((row) -> row.substring(0, row.indexOf(',', row.indexOf(',') + 1)))
			.containsExactly("b-broken.txt,3", "b-broken.txt,4", "c-empty.txt,0");
	}

}
