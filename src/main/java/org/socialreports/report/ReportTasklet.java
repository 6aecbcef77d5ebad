package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.ingest.InputFolder;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes every file of the output contract into the run's folder, then publishes it.
 */
class ReportTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ReportTasklet.class);

	/** The posts of a writer that does not read them. */
	private static final PostRows NOT_READ = (action) -> {
		throw new IllegalStateException("this writer does not read the posts: see ReportWriter.readsPosts()");
	};

	private final ReportContentRepository repository;

	private final List<ReportWriter> writers;

	private final InputFolder folder;

	private final Path outputRoot;

	private final Locale locale;

	private final LocalDate runDate;

	private final MonthRange months;

	private final ReportDelivery delivery;

	ReportTasklet(ReportContentRepository repository, List<ReportWriter> writers, InputFolder folder, Path outputRoot,
			Locale locale, LocalDate runDate, MonthRange months, ReportDelivery delivery) {
		this.delivery = delivery;
		this.repository = repository;
		this.writers = writers;
		this.folder = folder;
		this.outputRoot = outputRoot;
		this.locale = locale;
		this.runDate = runDate;
		this.months = months;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		ReportFolder folder;
		try {
			folder = ReportFolder.create(this.outputRoot, this.runDate);
		}
		catch (IOException ex) {
			throw new IOException("cannot write the reports into " + this.outputRoot + ": " + ex, ex);
		}
		logger.info("Writing the reports of " + this.runDate + " into " + this.outputRoot.toAbsolutePath());
		Path published;
		long postsRead;
		ReportContent content;
		try {
			PostRelay posts = new PostRelay();
			CompletableFuture<PostFigures> postFigures = new CompletableFuture<>();
			content = this.repository.load(this.folder, this.locale, this.runDate, this.months,
					postFigures, NOT_READ);
			YearMonth latestMonth = content.figures().lastMonth().orElse(null);
			writeAll(content, posts, folder, () -> {
				long start = System.nanoTime();
				try {
					postFigures.complete(this.repository.readPosts(this.folder, this.months, latestMonth, posts));
				}
				catch (Exception | Error ex) {
					posts.abandon(ex);
					postFigures.completeExceptionally(ex);
					throw ex;
				}
				logger.info("Read " + posts.count() + " post(s) for the reports in "
						+ (System.nanoTime() - start) / 1_000_000 + " ms");
				return null;
			});
			contribution.incrementWriteCount(this.writers.size());
			published = folder.publish().toAbsolutePath();
			logger.info("Reports published in " + published);
			postsRead = posts.count();
		}
		catch (Exception ex) {
			folder.discard();
			throw ex;
		}
		ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
		job.putString(ReportResults.FOLDER, published.toString());
		job.putLong(ReportResults.POSTS, postsRead);
		job.putInt(ReportResults.SILENT_SOURCES, content.silentSources().size());
		job.putInt(ReportResults.SOURCES, content.sources().size());
		// after the publication: whatever happens to the mail, the reports stay where they are
		ReportDelivery.Outcome outcome = this.delivery.deliver(content, published);
		if (outcome.failed()) {
			logger.error("The reports are published in " + published + " but the mail could not be sent: "
					+ outcome.failure());
			job.putString(ReportResults.MAIL, "failed: " + outcome.failure());
			contribution.setExitStatus(new ExitStatus(ReportResults.MAIL_FAILED, outcome.failure()));
		}
		else if (outcome.delivered()) {
			logger.info("Reports " + outcome.description());
			job.putString(ReportResults.MAIL, outcome.description());
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * Writes the files side by side, a thread each, while this thread reads the posts: the
	 * workbook and {@code posts.csv} follow the posts as they come, the PDF waits for the top
	 * posts. Reading the posts first and writing after left a core idle for most of the step.
	 * A writer that reads the posts leaves the relay when it ends, however it ends, so that the
	 * reading never waits for a writer that is gone.
	 * The first failure says why: reading the posts, or else the first file in the writers'
	 * order; every file is waited for, none is left writing.
	 */
	private void writeAll(ReportContent content, PostRelay posts, ReportFolder folder, Callable<Void> readPosts)
			throws Exception {
		AtomicInteger number = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(this.writers.size(),
				(task) -> new Thread(task, "report-writer-" + number.incrementAndGet()));
		try {
			List<Future<?>> files = new ArrayList<>();
			for (ReportWriter writer : this.writers) {
				PostRelay.Reader reader = writer.readsPosts() ? posts.reader() : null;
				ReportContent writersContent = (reader != null) ? content.withPosts(reader) : content;
				files.add(executor.submit(() -> {
					long start = System.nanoTime();
					try {
						folder.write(writer.fileName(), (target) -> writer.write(writersContent, target));
					}
					finally {
						if (reader != null) {
							reader.close();
						}
					}
					logger.info("Wrote " + writer.fileName() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
					return null;
				}));
			}
			Exception failure = null;
			try {
				readPosts.call();
			}
			catch (Exception ex) {
				failure = ex;
			}
			for (Future<?> file : files) {
				try {
					file.get();
				}
				catch (ExecutionException ex) {
					if (failure == null) {
						failure = (ex.getCause() instanceof Exception cause) ? cause : ex;
					}
				}
			}
			if (failure != null) {
				throw failure;
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

}
