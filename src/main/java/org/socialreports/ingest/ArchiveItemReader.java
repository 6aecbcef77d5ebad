package org.socialreports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.socialreports.ingest.text.TextArchives;
import org.socialreports.ingest.text.TextRange;

/**
 * Reads one planned archive of the input folder (or one part of a large text archive) as a
 * stream of posts. Rejects come out as {@link RejectedEntryException}s, for the step to skip
 * and record.
 * <p>
 * It numbers the entries of the file ({@link ArchiveEntry#entry()}), and its position is how
 * many of them were consumed: on restart the file is parsed again from its start and the
 * entries already committed are passed over, which is correct for every format without knowing
 * anything of byte offsets, and numbers every entry as the first reading did.
 * <p>
 * It also holds every post to what the stores and the reports can take: a date no post can
 * bear is a reject ({@link PlausibleDates}), an author is named as {@code jobs/authors.yml}
 * says ({@link AuthorNames}), a title or an author longer than the store keeps is cut, and the
 * log says how many were.
 */
public class ArchiveItemReader implements ItemStreamReader<Post> {

	private static final Log logger = LogFactory.getLog(ArchiveItemReader.class);

	// the keys of earlier versions, which read a list of files: an interrupted run resumes
	private static final String FILE_INDEX = "archive.file.index";

	private static final String ENTRY_INDEX = "archive.entry.index";

	private final InputFolder folder;

	private final String source;

	private final Path file;

	private final SourceFingerprint planned;

	private final List<StoredSources> stores;

	private final TextRange range;

	private final PlausibleDates dates;

	private final AuthorNames authors;

	// the part to read belongs to content that changed since it was cut: it is not read
	private boolean partOutdated;

	private boolean done;

	private long entryIndex;

	private ArchiveParser parser;

	private FileTally tally;

	/**
	 * @param source the file to read, relative to the folder
	 * @param planned the fingerprint of the source when it was planned: a restart finds out from
	 * it whether the file changed in between; {@code null} when unknown
	 * @param stores what to forget of the source when it did
	 * @param range the part of the source to read, or {@code null} for all of it
	 * @param dates the dates a post may bear
	 * @param authors the names to show for the names the archives give
	 */
	public ArchiveItemReader(InputFolder folder, String source, SourceFingerprint planned, List<StoredSources> stores,
			TextRange range, PlausibleDates dates, AuthorNames authors) {
		this.folder = folder;
		this.source = source;
		this.file = folder.path().resolve(source);
		this.planned = planned;
		this.stores = List.copyOf(stores);
		this.range = range;
		this.dates = dates;
		this.authors = authors;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.done = executionContext.getInt(FILE_INDEX, 0) > 0;
		this.entryIndex = executionContext.getLong(ENTRY_INDEX, 0L);
		if (this.range != null && !this.done && changedSincePlanned() && contentChangedSincePlanned()) {
			// the other parts may be read already: forgetting the file would lose them, and
			// the offsets of this part mean nothing in the new content
			this.partOutdated = true;
			logger.warn(LogText.quote(this.source) + " changed since it was cut into parts; its lines from "
					+ this.range.firstLine() + " on are left out of this run, and the next run reads it whole again");
		}
		else if (this.entryIndex > 0 && !this.done && changedSincePlanned()) {
			// the committed entries came from other content: they go, and the file is read anew
			logger.warn(LogText.quote(this.source)
					+ " changed since the interrupted run planned it; reading it again from the start");
			this.stores.forEach((store) -> store.forget(this.folder, List.of(this.source)));
			this.entryIndex = 0;
		}
		logger.info("Reading " + LogText.quote(this.source) + ((this.range != null) ? " from line " + this.range.firstLine() : "")
				+ (this.done ? ", read already" : (this.entryIndex > 0) ? ", resuming after " + this.entryIndex + " entries" : ""));
	}

	private boolean changedSincePlanned() {
		try {
			return this.planned != null && !this.planned.sameSizeAndTime(this.file);
		}
		catch (IOException ex) {
			// unreadable now: read() rejects it
			return false;
		}
	}

	// a part is left out only when its bytes really changed: touched, or copied again the same,
	// the file is still cut where it was, and the next run would not read it again
	private boolean contentChangedSincePlanned() {
		try {
			return !SourceFingerprint.of(this.file).sha256().equals(this.planned.sha256());
		}
		catch (IOException ex) {
			// unreadable now: read() rejects it
			return false;
		}
	}

	@Override
	public Post read() throws IOException {
		if (this.done) {
			return null;
		}
		if (this.partOutdated) {
			this.done = true;
			throw new RejectedEntryException(new Reject(this.source, this.range.firstLine(),
					"the file changed while it was read in parts: lines from " + this.range.firstLine()
							+ " on left out; the next run reads it again", firstEntry()));
		}
		if (this.parser == null) {
			Optional<String> unreadable = InputFiles.whyUnreadable(this.file);
			if (unreadable.isPresent()) {
				// gone or unreadable since it was planned: the file's problem, not the run's
				this.done = true;
				throw new RejectedEntryException(
						new Reject(this.source, 0, "cannot read the file: " + unreadable.get(), firstEntry()));
			}
			openFile();
		}
		ArchiveEntry entry = this.parser.next();
		if (entry == null) {
			closeFile();
			this.done = true;
			return null;
		}
		this.entryIndex++;
		ArchiveEntry checked = checked(entry.withEntry(firstEntry() - 1 + this.entryIndex));
		this.tally.count(checked);
		if (checked instanceof Reject reject) {
			throw new RejectedEntryException(reject);
		}
		return (Post) checked;
	}

	/**
	 * The number of the first entry read. A part of a text archive starts from its first line:
	 * each entry of a text dump ends on a line of its own (its footer, a line too long, the
	 * text after the last footer), so a part never holds more entries than lines, and the
	 * numbers of two parts never meet.
	 */
	private long firstEntry() {
		return (this.range != null) ? this.range.firstLine() : 1;
	}

	private ArchiveEntry checked(ArchiveEntry entry) {
		if (!(entry instanceof Post post)) {
			return entry;
		}
		Optional<String> implausible = this.dates.problemWith(post.date());
		if (implausible.isPresent()) {
			return new Reject(post.source(), post.line(), implausible.get(), post.entry());
		}
		String author = this.authors.of(post.author());
		if (post.title().length() > Post.MAX_TITLE_CHARS || author.length() > Post.MAX_AUTHOR_CHARS) {
			this.tally.cut++;
			return post.withTitleAndAuthor(cut(post.title(), Post.MAX_TITLE_CHARS), cut(author, Post.MAX_AUTHOR_CHARS));
		}
		return author.equals(post.author()) ? post : post.withTitleAndAuthor(post.title(), author);
	}

	private static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		// never half a character outside the Basic Multilingual Plane
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	private void openFile() throws IOException {
		this.parser = (this.range != null) ? TextArchives.openPart(this.file, this.source, this.range)
				: ArchiveParsers.open(this.file, this.source);
		this.tally = new FileTally(this.source);
		// entries already committed by an earlier execution: parse them again, hand them out no more
		for (long skipped = 0; skipped < this.entryIndex && this.parser.next() != null; skipped++) {
			this.tally.resumed++;
		}
	}

	private void closeFile() throws IOException {
		this.tally.skipped = this.parser.skipped();
		this.parser.close();
		this.parser = null;
		logger.info(this.tally);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putInt(FILE_INDEX, this.done ? 1 : 0);
		executionContext.putLong(ENTRY_INDEX, this.entryIndex);
	}

	@Override
	public void close() {
		if (this.parser != null) {
			try {
				this.parser.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.parser = null;
		}
	}

	private static final class FileTally {

		private final String source;

		private long posts;

		private long rejects;

		private long skipped;

		private long resumed;

		private long cut;

		FileTally(String source) {
			this.source = source;
		}

		void count(ArchiveEntry entry) {
			if (entry instanceof Post) {
				this.posts++;
			}
			else {
				this.rejects++;
			}
		}

		@Override
		public String toString() {
			return LogText.quote(this.source) + ": " + this.posts + " post(s) read, " + this.skipped + " skipped, "
					+ this.rejects + " rejected"
					+ ((this.cut > 0) ? ", " + this.cut + " with a title or an author cut to " + Post.MAX_TITLE_CHARS
							+ " or " + Post.MAX_AUTHOR_CHARS + " characters" : "")
					+ ((this.resumed > 0) ? ", " + this.resumed + " read by an earlier execution" : "");
		}

	}

}
