package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.socialreports.aggregate.AuthorMonthThemeRepository;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.StoredPostsFixture;
import org.socialreports.classify.TaxonomyReviewStore;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.RejectStore;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ReportTaskletTests {

	/** More posts than the relay holds for a reader that does not read them. */
	private static final int POSTS = PostRelay.POSTS_PER_BATCH * PostRelay.BATCHES_AHEAD + 3_000;

	private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

	@TempDir
	Path output;

	private EmbeddedDatabase database;

	private ReportContentRepository repository;

	@BeforeEach
	void stagePosts() {
		this.database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.HSQL)
			.generateUniqueName(true)
			.addScripts("schema/ingest.sql", "schema/classify.sql", "schema/aggregate.sql")
			.build();
		JdbcTemplate jdbc = new JdbcTemplate(this.database);
		List<ClassifiedPost> posts = new ArrayList<>();
		for (int line = 1; line <= POSTS; line++) {
			posts.add(StoredPostsFixture.post("a.txt", line, "Titre " + line, "Anne", "2009-03-02", ShippedThemes.TWITTER_USAGE,
					0.5));
		}
		StoredPostsFixture.store(jdbc, posts);
		this.repository = new ReportContentRepository(new StoredPosts(jdbc, ShippedThemes.THEMES),
				new AuthorMonthThemeRepository(jdbc, ShippedThemes.THEMES), new RejectStore(jdbc),
				new TaxonomyReviewStore(jdbc, new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource())),
						ShippedThemes.THEMES),
				ShippedThemes.THEMES);
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	@Test
	void writesEveryFileAndPublishesThemTogether() throws Exception {
		StepContribution contribution = new StepContribution(MetaDataInstanceFactory.createStepExecution());

		tasklet(new PostCounter("posts.txt", new AtomicLong()), new TopPostsWriter("top.txt"))
			.execute(contribution, null);

		Path published = this.output.resolve(RUN_DATE.toString());
		assertThat(published.resolve("posts.txt")).hasContent(POSTS + " posts");
		assertThat(published.resolve("top.txt")).hasContent("5 top posts on Twitter");
		assertThat(this.output.resolve("latest").toRealPath()).isEqualTo(published.toRealPath());
		assertThat(contribution.getWriteCount()).isEqualTo(2);
	}

	@Test
	void aWriterThatFailsBeforeReadingThePostsHoldsNeitherTheReadingNorTheOthersUp() {
		AtomicLong counted = new AtomicLong();
		ReportTasklet tasklet = tasklet(new ReportWriter() {

			@Override
			public String fileName() {
				return "failing.txt";
			}

			@Override
			public boolean readsPosts() {
				return true;
			}

			@Override
			public void write(ReportContent content, Path target) throws IOException {
				throw new IOException("disk full");
			}

		}, new PostCounter("posts.txt", counted));

		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatIOException()
			.isThrownBy(() -> tasklet.execute(new StepContribution(MetaDataInstanceFactory.createStepExecution()), null))
			.withMessage("disk full"));
		assertThat(counted).hasValue(POSTS);
		assertThat(this.output.resolve("latest")).doesNotExist();
	}

	@Test
	void aWriterThatDoesNotSayItReadsThePostsCannotReadThem() {
		ReportTasklet tasklet = tasklet(new PostCounter("posts.txt", new AtomicLong()) {

			@Override
			public boolean readsPosts() {
				return false;
			}

		});

		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatIllegalStateException()
			.isThrownBy(() -> tasklet.execute(new StepContribution(MetaDataInstanceFactory.createStepExecution()), null))
			.withMessage("this writer does not read the posts: see ReportWriter.readsPosts()"));
	}

	@Test
	void aWriterThatWaitsForTheTopPostsBeforeReadingThePostsFailsRatherThanHangs() {
		AtomicLong counted = new AtomicLong();
		ReportTasklet tasklet = tasklet(new PostCounter("posts.txt", new AtomicLong()) {

			@Override
			public void write(ReportContent content, Path target) throws IOException {
				content.topPosts();
				super.write(content, target);
			}

		}, new PostCounter("others.txt", counted));

		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatIllegalStateException()
			.isThrownBy(() -> tasklet.execute(new StepContribution(MetaDataInstanceFactory.createStepExecution()), null))
			.withMessageStartingWith("this reader of the posts was closed before it read them"));
		assertThat(counted).hasValue(POSTS);
	}

	private ReportTasklet tasklet(ReportWriter... writers) {
		return new ReportTasklet(this.repository, List.of(writers), StoredPostsFixture.FOLDER, this.output,
				Locale.ENGLISH, RUN_DATE,
				new MonthRange(YearMonth.of(2009, 1), YearMonth.of(2009, 12)), ReportDelivery.NONE);
	}

	/** Counts the posts it reads, and writes how many. */
	private static class PostCounter implements ReportWriter {

		private final String fileName;

		private final AtomicLong counted;

		PostCounter(String fileName, AtomicLong counted) {
			this.fileName = fileName;
			this.counted = counted;
		}

		@Override
		public String fileName() {
			return this.fileName;
		}

		@Override
		public boolean readsPosts() {
			return true;
		}

		@Override
		public void write(ReportContent content, Path target) throws IOException {
			content.posts().forEach((post) -> this.counted.incrementAndGet());
			Files.writeString(target, this.counted.get() + " posts");
		}

	}

	/** Waits for the top posts, as the PDF does, without reading the posts. */
	private record TopPostsWriter(String fileName) implements ReportWriter {

		@Override
		public void write(ReportContent content, Path target) throws IOException {
			Files.writeString(target, content.topPosts().get(ShippedThemes.TWITTER_USAGE).size() + " top posts on Twitter");
		}

	}

}
