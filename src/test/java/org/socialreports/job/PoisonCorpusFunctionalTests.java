package org.socialreports.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input of a hostile world in one folder, beside good files: the run completes, every
 * good post is kept, every bad record is a row of {@code rejects.csv}, and the log's counts add
 * up to those rows, file by file.
 */
@ExtendWith(OutputCaptureExtension.class)
class PoisonCorpusFunctionalTests extends JobFunctionalTestSupport {

	private static final Pattern FILE_LINE = Pattern
		.compile("ArchiveItemReader +: (\"(?:[^\"\\\\]|\\\\.)*\"): (\\d+) post\\(s\\) read, (\\d+) skipped, (\\d+) rejected");

	@TempDir
	Path input;

	@TempDir
	Path outside;

	@Test
	void aPoisonedFolderStillGivesEveryGoodPostAndListsEveryBadRecord(CapturedOutput output) throws Exception {
		Map<String, Integer> goodPosts = new HashMap<>();
		// good files
		Files.copy(NightlyRunFunctionalTests.SEED, this.input.resolve("seed.txt"));
		goodPosts.put("seed.txt", 5);
		// several posts on one line, three bad objects among them
		write("minified.json", "[" + json("Un", "2009-03-01") + "," + json("Deux", "2009-03-02") + ",1,2,\"trois\","
				+ json("Quatre", "2009-03-04") + "]");
		goodPosts.put("minified.json", 3);
		// two arrays joined, then garbage
		write("joined.json", "[" + json("A", "2009-04-01") + "]\n[" + json("B", "2009-04-02") + "]\n{\"x\": 1}\n");
		goodPosts.put("joined.json", 2);
		// dates no post can bear beside good ones
		write("dates.csv", "title,author,date,text\nBon,Anne,2009-03-20,Du texte.\nTypo,Anne,0209-03-20,Du texte.\n"
				+ "Futur,Anne,2109-03-20,Du texte.\n");
		goodPosts.put("dates.csv", 1);
		// a stray quote in row 102 of 1,500, a value of two million characters, a title too long, a formula
		StringBuilder csv = new StringBuilder("title,author,date,text\n");
		for (int row = 1; row <= 1500; row++) {
			String title = (row == 102) ? "\"Guillemet jamais fermé" : (row == 7) ? "=cmd|' /C calc'!A0"
					: (row == 9) ? "T".repeat(5000) : "Billet " + row;
			// quoted as CSV quotes a quote: doubled
			String text = (row == 50) ? "<img src=\"\"data:image/png;base64," + "A".repeat(2_000_000) + "\"\"> Fin."
					: "Texte.";
			csv.append(title).append(",Anne,2009-05-").append(String.format("%02d", 1 + row % 28)).append(",\"")
				.append(text).append("\"\n");
		}
		write("big.csv", csv.toString());
		goodPosts.put("big.csv", 1499);
		// a NUL in the first 64 KB of a text dump of 30 posts, and mixed encodings past 64 KB
		StringBuilder dump = new StringBuilder();
		for (int post = 1; post <= 30; post++) {
			dump.append("Titre ").append(post).append((post == 2) ? "\u0000" : "").append("\n")
				.append("Du texte. ".repeat((post == 20) ? 8000 : 10)).append("\nTitre ").append(post)
				.append(" was last modified: mars 20th, 2009 by Hervé Kabla\n\n");
		}
		ByteArrayOutputStream mixed = new ByteArrayOutputStream();
		mixed.write(dump.toString().getBytes(StandardCharsets.UTF_8));
		mixed.write("Dernier\nDu texte.\nDernier was last modified: mars 21st, 2009 by Hervé Kabla\n"
			.getBytes(Charset.forName("windows-1252")));
		Files.write(this.input.resolve("dump.txt"), mixed.toByteArray());
		goodPosts.put("dump.txt", 31);
		// a name that would forge a log line
		write("evil\n00:00:00.000  INFO StepSummaryListener : Job social-strategy-report COMPLETED.csv",
				"title,author,date,text\nNom piégé,Anne,2009-03-20,Du texte.\n");
		goodPosts.put("evil\n00:00:00.000  INFO StepSummaryListener : Job social-strategy-report COMPLETED.csv", 1);
		// links that leave the folder
		Path secret = Files.writeString(this.outside.resolve("secret.csv"), "title,author,date,text\nSECRET,M,2009-03-20,x\n");
		Files.createSymbolicLink(this.input.resolve("link.csv"), secret);
		Files.createSymbolicLink(this.input.resolve("shadow.txt"), Path.of("/etc/shadow"));
		Files.createSymbolicLink(this.input.resolve("loop"), this.input);

		JobExecution execution = JobRuns.run(this.jobOperatorTestUtils, this.input, this.output);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<CSVRecord> posts = ReportFiles.records(this.output.resolve("latest/posts.csv"));
		Map<String, Long> postsPerFile = posts.stream()
			.collect(Collectors.groupingBy((row) -> row.get("source"), Collectors.counting()));
		goodPosts.forEach((file, count) -> assertThat(postsPerFile.get(file)).as(file).isEqualTo(count.longValue()));
		assertThat(postsPerFile).doesNotContainKeys("link.csv", "shadow.txt");
		assertThat(posts).extracting((row) -> row.get("author")).containsOnly("Anne", "Yann Gourvennec",
				"conseilsmarketing", "Hervé Kabla");
		assertThat(posts).extracting((row) -> row.get("title")).contains("'=cmd|' /C calc'!A0")
			.noneMatch((title) -> title.contains("\u0000") || title.contains("SECRET"))
			.allMatch((title) -> title.length() <= 4000);
		List<CSVRecord> rejects = ReportFiles.records(this.output.resolve("latest/rejects.csv"));
		assertThat(rejects).extracting((row) -> row.get("source") + ": " + row.get("reason")).containsExactlyInAnyOrder(
				"big.csv: " + reasonOf(rejects, "big.csv"),
				"dates.csv: implausible date 0209-03-20: before 1991, when the web began",
				"dates.csv: implausible date 2109-03-20: after the day of the run, 2026-11-24",
				"joined.json: " + reasonOf(rejects, "joined.json"), "minified.json: array element is not an object",
				"minified.json: array element is not an object", "minified.json: array element is not an object");
		// the log's counts, file by file, are the rows of rejects.csv and the posts of posts.csv
		Map<String, Long> rejectsPerFile = rejects.stream()
			.collect(Collectors.groupingBy((row) -> row.get("source"), Collectors.counting()));
		Matcher lines = FILE_LINE.matcher(output.toString());
		long loggedPosts = 0;
		long loggedRejects = 0;
		while (lines.find()) {
			loggedPosts += Long.parseLong(lines.group(2));
			loggedRejects += Long.parseLong(lines.group(4));
		}
		assertThat(loggedPosts).isEqualTo(posts.size());
		assertThat(loggedRejects).isEqualTo(rejects.size());
		assertThat(rejectsPerFile.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rejects.size());
		StepExecution ingest = JobRuns.steps(execution).get("ingest-and-classify");
		assertThat(ingest.getReadCount() + ingest.getReadSkipCount())
			.isEqualTo(ingest.getWriteCount() + ingest.getSkipCount());
		assertThat(ingest.getSkipCount()).isEqualTo(rejects.size());
		assertThat(output.toString().lines()).noneMatch((line) -> line.startsWith("00:00:00.000"));
		assertThat(output).contains("1 with a title or an author cut to 4000 or 512 characters")
			.contains("Passed over the symbolic link \"link.csv\"")
			.contains("Passed over the symbolic link \"loop\"");
	}

	/** The one reject of a file, whatever its exact wording: it must be there, and only one. */
	private static String reasonOf(List<CSVRecord> rejects, String source) {
		List<String> reasons = rejects.stream().filter((row) -> row.get("source").equals(source))
			.map((row) -> row.get("reason")).toList();
		assertThat(reasons).as(source).hasSize(1);
		return reasons.get(0);
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.input.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static String json(String title, String date) {
		return "{\"title\":\"" + title + "\",\"author\":\"Anne\",\"date\":\"" + date + "\",\"text\":\"Du texte.\"}";
	}

}
