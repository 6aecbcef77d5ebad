package org.socialreports.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Publication, and what the next run makes of a run that died at each point of it: the state
 * a {@code kill -9} leaves is built on disk, with a lock file that no process holds any more,
 * then the next run starts (its sweep) and publishes.
 */
class ReportFolderTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 24);

	static final String D = "2026-11-24";

	/** The files of the run that died, named as {@link RunFiles} names them. */
	static final String STAGING = "." + D + ".partial-41";

	static final String LOCK = STAGING + ".lock";

	static final String LINKED = "." + D + ".linked-41";

	static final String REPLACED = "." + D + ".replaced-41";

	@TempDir
	Path output;

	@Test
	void publishedFolderIsNamedAfterTheDayAndLatestPointsAtIt() throws IOException {
		ReportFolder folder = ReportFolder.create(this.output, DAY);
		folder.write("aggregates.csv", (target) -> Files.writeString(target, "first"));

		Path published = folder.publish();

		assertThat(published).isEqualTo(this.output.resolve(D));
		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of(D));
		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("first");
		assertThat(names()).containsExactlyInAnyOrder(D, "latest", ".publish.lock");
	}

	@Test
	void secondRunOfTheDayReplacesTheFirst() throws IOException {
		publish("first");

		publish("second");

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("second");
		assertThat(this.output.resolve(D + "/aggregates.csv")).hasContent("second");
		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of(D));
		assertThat(names()).containsExactlyInAnyOrder(D, "latest", ".publish.lock");
	}

	@Test
	void failedWriterLeavesThePreviousReportAsItWas() throws IOException {
		publish("first");
		ReportFolder folder = ReportFolder.create(this.output, DAY.plusDays(1));

		assertThatIOException().isThrownBy(() -> folder.write("aggregates.csv", (target) -> {
			throw new IOException("disk full");
		}));
		folder.discard();

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("first");
		assertThat(names()).containsExactlyInAnyOrder(D, "latest", ".publish.lock");
	}

	@Test
	void leftoversOfRunsThatDiedAreSweptAway() throws IOException {
		report("2026-11-23", "earlier");
		Files.createDirectories(this.output.resolve(".2026-11-23.partial-123/inner"));
		Files.createDirectories(this.output.resolve(".2026-11-23.partial-789"));
		Files.createFile(this.output.resolve(".2026-11-23.partial-789.lock"));
		Files.createDirectories(this.output.resolve(".2026-11-23.replaced-456/2026-11-23"));
		Files.writeString(this.output.resolve(".keep-me"), "an operator's file");

		publish("first");

		assertThat(names()).containsExactlyInAnyOrder("2026-11-23", D, "latest", ".keep-me", ".publish.lock");
		assertThat(this.output.resolve("2026-11-23/aggregates.csv")).hasContent("earlier");
	}

	@Test
	void aLiveRunsStagingFolderIsLeftAloneByAnotherRunsSweep() throws IOException {
		ReportFolder first = ReportFolder.create(this.output, DAY);
		first.write("aggregates.csv", (target) -> Files.writeString(target, "first"));

		publish("second");
		first.write("posts.csv", (target) -> Files.writeString(target, "first's posts"));
		first.publish();

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("first");
		assertThat(this.output.resolve("latest/posts.csv")).hasContent("first's posts");
		assertThat(names()).containsExactlyInAnyOrder(D, "latest", ".publish.lock");
	}

	@Test
	void aSweepInTheSameJvmLeavesTheLiveRunsLockHeldForOtherProcesses(@TempDir Path programs) throws Exception {
		ReportFolder first = ReportFolder.create(this.output, DAY);
		Path lockFile;
		try (Stream<Path> entries = Files.list(this.output)) {
			lockFile = entries.filter((entry) -> entry.getFileName().toString().matches("\\..*\\.partial-.*\\.lock"))
				.findFirst()
				.orElseThrow();
		}

		ReportFolder.create(this.output, DAY).discard();

		assertThat(lockedByAnotherProcess(lockFile, programs)).isTrue();
		first.discard();
		assertThat(names()).containsExactlyInAnyOrder(".publish.lock");
	}

		@Test
	void aLockHeldThroughAnotherChannelOfThisJvmKeepsTheRunAlive() throws IOException {
		report(STAGING, "being written");
		Files.createFile(this.output.resolve(LOCK));
		try (FileChannel channel = FileChannel.open(this.output.resolve(LOCK), StandardOpenOption.WRITE)) {
			channel.lock();

			ReportFolder.create(this.output, DAY).discard();

			assertThat(this.output.resolve(STAGING + "/aggregates.csv")).hasContent("being written");
		}
		ReportFolder.create(this.output, DAY).discard();

		assertThat(names()).containsExactlyInAnyOrder(".publish.lock");
	}

	@Test
	void killedAfterTheFirstFolderOfTheDayTookItsNameBeforeLatestPointedAtIt() throws IOException {
		report("2026-11-23", "yesterday");
		latestAt("2026-11-23");
		report(D, "dead run");
		Files.createFile(this.output.resolve(LOCK));

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("yesterday");
		assertThat(this.output.resolve(LOCK)).doesNotExist();
		publishes(next, "2026-11-23", D);
	}

	@Test
	void killedWhileLinkingTheCopyLeavesTheDaysFolderShown() throws IOException {
		report(D, "earlier");
		latestAt(D);
		deadRunWithItsReport();
		Files.createDirectories(this.output.resolve(LINKED));

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("earlier");
		assertThat(this.output.resolve(LINKED)).doesNotExist();
		assertThat(this.output.resolve(STAGING)).doesNotExist();
		publishes(next, D);
	}

	@Test
	void killedWhileSwappingLatestLeavesNoTemporaryLink() throws IOException {
		report(D, "earlier");
		latestAt(D);
		deadRunWithItsReport();
		linked();
		Files.createSymbolicLink(this.output.resolve(".latest.tmp"), Path.of(STAGING));

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(this.output.resolve(".latest.tmp")).doesNotExist();
		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("earlier");
		publishes(next, D);
	}

	@Test
	void killedAfterLatestPointedAtTheStagingFolderGoesBackToTheDaysFolder() throws IOException {
		report(D, "earlier");
		deadRunWithItsReport();
		linked();
		latestAt(STAGING);

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of(D));
		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("earlier");
		assertThat(this.output.resolve(STAGING)).doesNotExist();
		assertThat(this.output.resolve(LINKED)).doesNotExist();
		publishes(next, D);
	}

	@Test
	void killedBeforeTheDaysFolderMovedIntoTheReplacedFolderKeepsIt() throws IOException {
		report(D, "earlier");
		deadRunWithItsReport();
		linked();
		latestAt(STAGING);
		Files.createDirectory(this.output.resolve(REPLACED));

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("earlier");
		assertThat(this.output.resolve(D + "/aggregates.csv")).hasContent("earlier");
		assertThat(this.output.resolve(REPLACED)).doesNotExist();
		publishes(next, D);
	}

	@Test
	void killedAfterTheDaysFolderWasMovedAsideRestoresIt() throws IOException {
		report(REPLACED + "/" + D, "earlier");
		deadRunWithItsReport();
		linked();
		latestAt(STAGING);

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of(D));
		assertThat(this.output.resolve(D + "/aggregates.csv")).hasContent("earlier");
		assertThat(this.output.resolve(REPLACED)).doesNotExist();
		assertThat(this.output.resolve(LINKED)).doesNotExist();
		assertThat(this.output.resolve(STAGING)).doesNotExist();
		publishes(next, D);
	}

	@Test
	void killedAfterTheCopyTookTheDaysNameKeepsTheNewReport() throws IOException {
		report(REPLACED + "/" + D, "earlier");
		deadRunWithItsReport();
		Files.createDirectory(this.output.resolve(D));
		Files.createLink(this.output.resolve(D + "/aggregates.csv"), this.output.resolve(STAGING + "/aggregates.csv"));
		latestAt(STAGING);

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of(D));
		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("dead run");
		assertThat(this.output.resolve(REPLACED)).doesNotExist();
		assertThat(this.output.resolve(STAGING)).doesNotExist();
		publishes(next, D);
	}

	@Test
	void killedWhileDeletingTheReplacedAndTheStagingFoldersDeletesTheRest() throws IOException {
		report(D, "dead run");
		latestAt(D);
		Files.createFile(this.output.resolve(LOCK));
		Files.createDirectories(this.output.resolve("." + D + ".obsolete-41/" + D));
		Files.createDirectories(this.output.resolve(STAGING));

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("dead run");
		assertThat(this.output.resolve("." + D + ".obsolete-41")).doesNotExist();
		assertThat(this.output.resolve(STAGING)).doesNotExist();
		publishes(next, D);
	}

	@Test
	void theFolderLatestShowsIsNeverDeletedEvenWithoutTheDaysFolder() throws IOException {
		deadRunWithItsReport();
		latestAt(STAGING);

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("dead run");
		publishes(next, D);
	}

	@Test
	void anEarlierVersionKilledBeforeLatestPointedAtTheNewFolderHasLatestRepaired() throws IOException {
		report(D, "new");
		report("." + D + ".replaced-7/" + D, "earlier");
		latestAt("." + D + ".partial-8");

		ReportFolder next = ReportFolder.create(this.output, DAY);

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("new");
		assertThat(this.output.resolve("." + D + ".replaced-7")).doesNotExist();
		publishes(next, D);
	}

	/** Whether a JVM other than this one finds the file locked. */
	private static boolean lockedByAnotherProcess(Path file, Path programs) throws Exception {
		Path program = programs.resolve("TryLock.java");
		Files.writeString(program, """
				import java.nio.channels.FileChannel;
				import java.nio.file.Path;
				import java.nio.file.StandardOpenOption;

				public class TryLock {
					public static void main(String[] args) throws Exception {
						try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
							System.exit((channel.tryLock() == null) ? 3 : 0);
						}
					}
				}
				""");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, program.toString(), file.toString()).inheritIO().start();
		int exitCode = process.waitFor();
		assertThat(exitCode).as("TryLock's exit code").isIn(0, 3);
		return exitCode == 3;
	}

	/** The next run publishes, and nothing is left but the report folders and latest. */
	private void publishes(ReportFolder next, String... folders) throws IOException {
		next.write("aggregates.csv", (target) -> Files.writeString(target, "next"));
		next.publish();

		assertThat(this.output.resolve("latest/aggregates.csv")).hasContent("next");
		assertThat(Files.readSymbolicLink(this.output.resolve("latest"))).isEqualTo(Path.of(D));
		assertThat(names()).containsExactlyInAnyOrder(Stream.concat(Stream.of(folders), Stream.of("latest", ".publish.lock"))
			.toArray(String[]::new));
	}

	/** A run that died with its report complete in its staging folder. */
	private void deadRunWithItsReport() throws IOException {
		report(STAGING, "dead run");
		Files.createFile(this.output.resolve(LOCK));
	}

	/** The dead run's copy of its staging folder, complete. */
	private void linked() throws IOException {
		Files.createDirectory(this.output.resolve(LINKED));
		Files.createLink(this.output.resolve(LINKED + "/aggregates.csv"), this.output.resolve(STAGING + "/aggregates.csv"));
	}

	private void report(String folder, String content) throws IOException {
		Files.createDirectories(this.output.resolve(folder));
		Files.writeString(this.output.resolve(folder).resolve("aggregates.csv"), content);
	}

	private void latestAt(String folder) throws IOException {
		Files.createSymbolicLink(this.output.resolve("latest"), Path.of(folder));
	}

	private void publish(String content) throws IOException {
		ReportFolder folder = ReportFolder.create(this.output, DAY);
		folder.write("aggregates.csv", (target) -> Files.writeString(target, content));
		folder.publish();
	}

	private Stream<String> names() throws IOException {
		try (Stream<Path> entries = Files.list(this.output)) {
			return entries.map((entry) -> entry.getFileName().toString()).toList().stream();
		}
	}

}
