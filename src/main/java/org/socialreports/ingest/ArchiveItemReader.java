package org.socialreports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the planned archives of the input folder, one after another, as a single stream of posts.
 * Rejects come out as {@link RejectedEntryException}s, for the step to skip and record.
 * <p>
 * Its position is the file being read and how many entries of it were consumed: on restart
 * the file is parsed again from its start and the entries already committed are passed over,
 * which is correct for every format without knowing anything of byte offsets.
 */
public class ArchiveItemReader implements ItemStreamReader<Post> {

	private static final Log logger = LogFactory.getLog(ArchiveItemReader.class);

	private static final String FILE_INDEX = "archive.file.index";

	private static final String ENTRY_INDEX = "archive.entry.index";

	private final Path inputFolder;

	private final List<String> sources;

	private final SourceFingerprint planned;

	private final List<StoredSources> stores;

	private final TextRange range;

	// the part to read belongs to content that changed since it was cut: it is not read
	private boolean partOutdated;

	private List<Path> files = List.of();

	private int fileIndex;

	private long entryIndex;

	private ArchiveParser parser;

	private FileTally tally;

	/**
	 * @param inputFolder the folder the sources are relative to
	 * @param sources the files to read, in the order to read them
	 */
	public ArchiveItemReader(Path inputFolder, List<String> sources) {
		this(inputFolder, sources, null, List.of());
	}

	/**
	 * @param planned the fingerprint of the single source when it was planned: a restart finds
	 * out from it whether the file changed in between
	 * @param stores what to forget of the source when it did
	 */
	public ArchiveItemReader(Path inputFolder, List<String> sources, SourceFingerprint planned,
			List<StoredSources> stores) {
		this(inputFolder, sources, planned, stores, null);
	}

	/**
	 * @param range the part of the single source to read, or {@code null} for all of it
	 */
	public ArchiveItemReader(Path inputFolder, List<String> sources, SourceFingerprint planned,
			List<StoredSources> stores, TextRange range) {
		if (range != null && sources.size() != 1) {
			throw new IllegalArgumentException("a part is a part of one file, not of " + sources.size());
		}
		this.inputFolder = inputFolder;
		this.sources = List.copyOf(sources);
		this.planned = planned;
		this.stores = List.copyOf(stores);
		this.range = range;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.files = this.sources.stream().map(this.inputFolder::resolve).toList();
		this.fileIndex = executionContext.getInt(FILE_INDEX, 0);
		this.entryIndex = executionContext.getLong(ENTRY_INDEX, 0L);
		if (this.range != null && changedSincePlanned() && contentChangedSincePlanned()) {
			// the other parts may be read already: forgetting the file would lose them, and
			// the offsets of this part mean nothing in the new content
			this.partOutdated = true;
			logger.warn(this.sources.get(0) + " changed since it was cut into parts; its lines from "
					+ this.range.firstLine() + " on are left out of this run, and the next run reads it whole again");
		}
		else if (this.entryIndex > 0 && changedSincePlanned()) {
			// the committed entries came from other content: they go, and the file is read anew
			String source = this.sources.get(this.fileIndex);
			logger.warn(source + " changed since the interrupted run planned it; reading it again from the start");
			this.stores.forEach((store) -> store.forget(List.of(source)));
			this.entryIndex = 0;
		}
		logger.info("Reading " + this.files.size() + " archive file(s) from " + this.inputFolder
				+ ((this.fileIndex > 0 || this.entryIndex > 0)
						? ", resuming at file " + (this.fileIndex + 1) + " after " + this.entryIndex + " entries" : ""));
	}

	private boolean changedSincePlanned() {
		try {
			return this.planned != null && this.fileIndex < this.files.size()
					&& !this.planned.sameSizeAndTime(this.files.get(this.fileIndex));
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
			return !SourceFingerprint.of(this.files.get(this.fileIndex)).sha256().equals(this.planned.sha256());
		}
		catch (IOException ex) {
			// unreadable now: read() rejects it
			return false;
		}
	}

	@Override
	public Post read() throws IOException {
		if (this.partOutdated && this.fileIndex == 0) {
			this.fileIndex++;
			throw new RejectedEntryException(new Reject(this.sources.get(0), this.range.firstLine(),
					"the file changed while it was read in parts: lines from " + this.range.firstLine()
							+ " on left out; the next run reads it again"));
		}
		while (this.fileIndex < this.files.size()) {
			if (this.parser == null) {
				Path file = this.files.get(this.fileIndex);
				if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
					// gone or unreadable since it was planned: the file's problem, not the run's
					String source = InputFiles.sourceName(this.inputFolder, file);
					this.fileIndex++;
					this.entryIndex = 0;
					throw new RejectedEntryException(new Reject(source, 0, "cannot read the file: "
							+ (Files.exists(file) ? "permission denied" : "it no longer exists")));
				}
				openCurrentFile();
			}
			ArchiveEntry entry = this.parser.next();
			if (entry == null) {
				closeCurrentFile();
				this.fileIndex++;
				this.entryIndex = 0;
				continue;
			}
			this.entryIndex++;
			this.tally.count(entry);
			if (entry instanceof Reject reject) {
				throw new RejectedEntryException(reject);
			}
			return (Post) entry;
		}
		return null;
	}

	private void openCurrentFile() throws IOException {
		Path file = this.files.get(this.fileIndex);
		String source = InputFiles.sourceName(this.inputFolder, file);
		this.parser = (this.range != null) ? new TextArchiveParser(file, source, this.range)
				: ArchiveParsers.open(file, source);
		this.tally = new FileTally(source);
		// entries already committed by an earlier execution: parse them again, hand them out no more
		for (long skipped = 0; skipped < this.entryIndex && this.parser.next() != null; skipped++) {
			this.tally.resumed++;
		}
	}

	private void closeCurrentFile() throws IOException {
		this.tally.skipped = this.parser.skipped();
		this.parser.close();
		this.parser = null;
		logger.info(this.tally);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putInt(FILE_INDEX, this.fileIndex);
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
			return this.source + ": " + this.posts + " post(s) read, " + this.skipped + " skipped, " + this.rejects
					+ " rejected"
					+ ((this.resumed > 0) ? ", " + this.resumed + " read by an earlier execution" : "");
		}

	}

}
