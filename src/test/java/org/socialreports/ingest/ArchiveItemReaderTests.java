package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import org.socialreports.ingest.text.TextArchives;
import org.socialreports.ingest.text.TextRange;

@ExtendWith(OutputCaptureExtension.class)
class ArchiveItemReaderTests {

	private static final PlausibleDates DATES = new PlausibleDates(LocalDate.of(2026, 11, 24));

	@TempDir
	Path input;

	Path archive;

	final List<String> forgotten = new ArrayList<>();

	final StoredSources store = new StoredSources() {

		@Override
		public void forget(InputFolder folder, Collection<String> sources) {
			ArchiveItemReaderTests.this.forgotten.addAll(sources);
		}

		@Override
		public void forgetAll() {
		}

	};

	@BeforeEach
	void threePosts() throws IOException {
		this.archive = this.input.resolve("blog.txt");
		Files.writeString(this.archive, posts("Un", "Deux", "Trois"));
	}

	@Test
	void restartPassesOverTheEntriesAlreadyCommitted() throws Exception {
		ExecutionContext context = readTwoThenStop(planned());

		ArchiveItemReader resumed = reader(planned());
		resumed.open(context);

		assertThat(resumed.read().title()).isEqualTo("Trois");
		assertThat(resumed.read()).isNull();
		assertThat(this.forgotten).isEmpty();
	}

	@Test
	void restartReadsAFileThatChangedMeanwhileFromTheStartAndForgetsWhatItStored() throws Exception {
		SourceFingerprint planned = planned();
		ExecutionContext context = readTwoThenStop(planned);
		Files.writeString(this.archive, posts("Alpha", "Beta", "Gamma", "Delta"));
		Files.setLastModifiedTime(this.archive, FileTime.fromMillis(planned.modified() + 60_000));

		ArchiveItemReader resumed = reader(planned);
		resumed.open(context);

		assertThat(resumed.read().title()).isEqualTo("Alpha");
		assertThat(this.forgotten).containsExactly("blog.txt");
	}

	@Test
	void fileGoneSinceItWasPlannedIsARejectNotAFailure() throws Exception {
		ArchiveItemReader reader = reader(planned());
		reader.open(new ExecutionContext());
		Files.delete(this.archive);

		assertThatExceptionOfType(RejectedEntryException.class).isThrownBy(reader::read)
			.satisfies((rejected) -> assertThat(rejected.reject())
				.isEqualTo(new Reject("blog.txt", 0, "cannot read the file: it no longer exists", 1)));
		assertThat(reader.read()).isNull();
	}

	@Test
	void partReadsItsPostsOnlyWithTheirLinesInTheFileAndResumesWithinIt() throws Exception {
		List<TextRange> parts = TextArchives.split(this.archive, 10);
		// cut after each footer: the blank line after the last one is a part of its own
		assertThat(parts).extracting(TextRange::firstLine).containsExactly(1L, 4L, 8L, 12L);
		ArchiveItemReader second = partReader(planned(), parts.get(1));
		ExecutionContext context = new ExecutionContext();
		second.open(context);
		Post deux = second.read();
		second.update(context);
		second.close();

		assertThat(deux.title()).isEqualTo("Deux");
		assertThat(deux.line()).isEqualTo(5);
		ArchiveItemReader resumed = partReader(planned(), parts.get(1));
		resumed.open(context);
		assertThat(resumed.read()).isNull();
		ArchiveItemReader third = partReader(planned(), parts.get(2));
		third.open(new ExecutionContext());
		assertThat(third.read()).extracting(Post::title, Post::line).containsExactly("Trois", 9L);
		assertThat(third.read()).isNull();
		ArchiveItemReader blank = partReader(planned(), parts.get(3));
		blank.open(new ExecutionContext());
		assertThat(blank.read()).isNull();
	}

	@Test
	void partOfAFileThatChangedSinceItWasCutIsLeftOutWithAReject() throws Exception {
		SourceFingerprint planned = planned();
		TextRange part = TextArchives.split(this.archive, 10).get(1);
		Files.writeString(this.archive, posts("Alpha", "Beta", "Gamma", "Delta"));
		Files.setLastModifiedTime(this.archive, FileTime.fromMillis(planned.modified() + 60_000));

		ArchiveItemReader reader = partReader(planned, part);
		reader.open(new ExecutionContext());

		assertThatExceptionOfType(RejectedEntryException.class).isThrownBy(reader::read)
			.satisfies((rejected) -> assertThat(rejected.reject()).isEqualTo(new Reject("blog.txt", 4,
					"the file changed while it was read in parts: lines from 4 on left out; the next run reads it again", 4)));
		assertThat(reader.read()).isNull();
		assertThat(this.forgotten).as("the other parts' posts stay until the next run reads the file again").isEmpty();
	}

	@Test
	void partTouchedButNotChangedIsReadAsCut() throws Exception {
		SourceFingerprint planned = planned();
		TextRange part = TextArchives.split(this.archive, 10).get(1);
		Files.setLastModifiedTime(this.archive, FileTime.fromMillis(planned.modified() + 60_000));

		ArchiveItemReader reader = partReader(planned, part);
		reader.open(new ExecutionContext());

		assertThat(reader.read()).extracting(Post::title, Post::line).containsExactly("Deux", 5L);
		assertThat(reader.read()).isNull();
	}

	@Test
	void partRestartedAfterItsLastChunkReadsNothingMore() throws Exception {
		SourceFingerprint planned = planned();
		TextRange part = TextArchives.split(this.archive, 10).get(1);
		ArchiveItemReader first = partReader(planned, part);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		assertThat(first.read().title()).isEqualTo("Deux");
		assertThat(first.read()).isNull();
		first.update(context);
		first.close();
		Files.writeString(this.archive, posts("Alpha", "Beta", "Gamma", "Delta"));

		ArchiveItemReader resumed = partReader(planned, part);
		resumed.open(context);

		assertThat(resumed.read()).isNull();
	}

	@Test
	void entriesOnOneLineEachHaveANumberOfTheirOwnAndKeepTheirLine() throws Exception {
		Files.writeString(this.input.resolve("posts.json"), "[" + jsonPost("Un", "2009-03-01") + ", 7, "
				+ jsonPost("Deux", "2009-03-02") + ", \"x\", " + jsonPost("Trois", "2009-03-03") + "]");
		ArchiveItemReader reader = new ArchiveItemReader(folder(), "posts.json", null, List.of(this.store), null, DATES, AuthorNames.NONE);
		reader.open(new ExecutionContext());

		assertThat(reader.read()).extracting(Post::title, Post::line, Post::entry).containsExactly("Un", 1L, 1L);
		assertThatExceptionOfType(RejectedEntryException.class).isThrownBy(reader::read)
			.satisfies((rejected) -> assertThat(rejected.reject())
				.isEqualTo(new Reject("posts.json", 1, "array element is not an object", 2)));
		assertThat(reader.read()).extracting(Post::title, Post::line, Post::entry).containsExactly("Deux", 1L, 3L);
		assertThatExceptionOfType(RejectedEntryException.class).isThrownBy(reader::read)
			.satisfies((rejected) -> assertThat(rejected.reject().entry()).isEqualTo(4));
		assertThat(reader.read()).extracting(Post::title, Post::entry).containsExactly("Trois", 5L);
		assertThat(reader.read()).isNull();
	}

	@Test
	void aPostOfADateNoPostCanBearIsARejectThatSaysWhy() throws Exception {
		Files.writeString(this.input.resolve("posts.json"), "[" + jsonPost("Typo", "0209-03-20") + ","
				+ jsonPost("Juste", "2009-03-20") + "," + jsonPost("Futur", "2109-03-20") + "]");
		ArchiveItemReader reader = new ArchiveItemReader(folder(), "posts.json", null, List.of(this.store), null, DATES, AuthorNames.NONE);
		reader.open(new ExecutionContext());

		assertThatExceptionOfType(RejectedEntryException.class).isThrownBy(reader::read)
			.satisfies((rejected) -> assertThat(rejected.reject()).isEqualTo(new Reject("posts.json", 1,
					"implausible date 0209-03-20: before 1991, when the web began", 1)));
		assertThat(reader.read().title()).isEqualTo("Juste");
		assertThatExceptionOfType(RejectedEntryException.class).isThrownBy(reader::read)
			.satisfies((rejected) -> assertThat(rejected.reject().reason())
				.isEqualTo("implausible date 2109-03-20: after the day of the run, 2026-11-24"));
	}

	@Test
	void aTitleOrAnAuthorLongerThanTheStoreKeepsIsCutAndCounted(CapturedOutput output) throws Exception {
		String title = "T".repeat(Post.MAX_TITLE_CHARS + 10);
		String author = "A".repeat(Post.MAX_AUTHOR_CHARS) + "\uD83D\uDE00";
		Files.writeString(this.input.resolve("posts.json"), "[{\"title\": \"" + title + "\", \"author\": \"" + author
				+ "\", \"date\": \"2009-03-01\", \"text\": \"Du texte.\"}]");
		ArchiveItemReader reader = new ArchiveItemReader(folder(), "posts.json", null, List.of(this.store), null, DATES, AuthorNames.NONE);
		reader.open(new ExecutionContext());

		Post post = reader.read();
		assertThat(reader.read()).isNull();
		assertThat(post.title()).hasSize(Post.MAX_TITLE_CHARS);
		assertThat(post.author()).as("never half a character").isEqualTo("A".repeat(Post.MAX_AUTHOR_CHARS));
		assertThat(output).contains("\"posts.json\": 1 post(s) read, 0 skipped, 0 rejected, 1 with a title or an author"
				+ " cut to 4000 or 512 characters");
	}

	private static String jsonPost(String title, String date) {
		return "{\"title\": \"" + title + "\", \"author\": \"Anne\", \"date\": \"" + date + "\", \"text\": \"Du texte.\"}";
	}

	private ExecutionContext readTwoThenStop(SourceFingerprint planned) throws Exception {
		ArchiveItemReader first = reader(planned);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		assertThat(first.read().title()).isEqualTo("Un");
		assertThat(first.read().title()).isEqualTo("Deux");
		first.update(context);
		first.close();
		return context;
	}

	private ArchiveItemReader reader(SourceFingerprint planned) {
		return new ArchiveItemReader(folder(), "blog.txt", planned, List.of(this.store), null, DATES, AuthorNames.NONE);
	}

	private ArchiveItemReader partReader(SourceFingerprint planned, TextRange part) {
		return new ArchiveItemReader(folder(), "blog.txt", planned, List.of(this.store), part, DATES, AuthorNames.NONE);
	}

	private InputFolder folder() {
		return new InputFolder(1, this.input);
	}

	private SourceFingerprint planned() throws IOException {
		return SourceFingerprint.of(this.archive);
	}

	private static String posts(String... titles) {
		StringBuilder text = new StringBuilder();
		for (String title : titles) {
			text.append(title).append("\nDu texte.\n").append(title)
				.append(" was last modified: mars 20th, 2009 by Yann Gourvennec\n\n");
		}
		return text.toString();
	}

}
