package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Decides which input files this run reads: the new ones and the changed ones, or all of them
 * for a full rebuild. What was stored from a changed file is forgotten first, so that its new
 * content replaces the old; a file that disappeared keeps its posts. Files are known per input
 * folder: another folder's file of the same name is another file.
 */
class PlanInputsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(PlanInputsTasklet.class);

	private final InputFolder folder;

	private final boolean full;

	private final SourceFileRepository sourceFiles;

	private final List<StoredSources> stores;

	private final long partBytes;

	/**
	 * @param partBytes the size of the parts a large text archive is read in: kept with the
	 * plan, so that a restart cuts the files where the interrupted run did, whatever the
	 * setting is by then
	 */
	PlanInputsTasklet(InputFolder folder, boolean full, SourceFileRepository sourceFiles, List<StoredSources> stores,
			long partBytes) {
		this.folder = folder;
		this.full = full;
		this.partBytes = partBytes;
		this.sourceFiles = sourceFiles;
		this.stores = stores;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		if (this.full) {
			this.stores.forEach(StoredSources::forgetAll);
		}
		Map<String, SourceFingerprint> known = this.sourceFiles.findAll(this.folder);
		Map<String, SourceFingerprint> toRead = new LinkedHashMap<>();
		List<String> changed = new ArrayList<>();
		List<Path> files = InputFiles.list(this.folder.path());
		Map<String, SourceFingerprint> fingerprints = fingerprintsOfChanged(files, known);
		for (Path file : files) {
			String source = InputFiles.sourceName(this.folder.path(), file);
			SourceFingerprint before = known.get(source);
			SourceFingerprint now = fingerprints.get(source);
			if (now == null) {
				continue;
			}
			if (before == null) {
				toRead.put(source, now);
			}
			else if (!before.sha256().equals(now.sha256())) {
				toRead.put(source, now);
				changed.add(source);
			}
		}
		// a new file may still have posts stored by an earlier run that died before recording it
		this.stores.forEach((store) -> store.forget(this.folder, toRead.keySet()));
		ExecutionContext jobContext = chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getExecutionContext();
		jobContext.putString(InputPlan.CONTEXT_KEY, new InputPlan(toRead).serialize());
		jobContext.putLong(InputPlan.PART_BYTES_KEY, this.partBytes);
		contribution.incrementWriteCount(toRead.size());
		contribution.incrementFilterCount(files.size() - toRead.size());
		logger.info(LogText.quote(this.folder.path().toString()) + ": "
				+ summary(files.size(), toRead.size(), changed.size(), missing(known.keySet(), files)));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The fingerprints of the files that are new or whose size or time changed, taken on every
	 * core: hashing a gigabyte of archives took longer than any other part of the planning.
	 */
	private Map<String, SourceFingerprint> fingerprintsOfChanged(List<Path> files,
			Map<String, SourceFingerprint> known) throws IOException {
		List<Path> changed = new ArrayList<>();
		for (Path file : files) {
			SourceFingerprint before = known.get(InputFiles.sourceName(this.folder.path(), file));
			if (before == null || !before.sameSizeAndTime(file)) {
				changed.add(file);
			}
		}
		return changed.parallelStream()
			.collect(Collectors.toConcurrentMap((file) -> InputFiles.sourceName(this.folder.path(), file),
					PlanInputsTasklet::fingerprint));
	}

	/**
	 * A file that cannot be read is still planned: the reader turns it into a reject, so that a
	 * night with one unreadable file still reports on everything else, and says why.
	 */
	private static SourceFingerprint fingerprint(Path file) {
		try {
			return SourceFingerprint.of(file);
		}
		catch (IOException ex) {
			logger.warn("Cannot read " + LogText.quote(file.toString()) + " (" + ex + "); it will be listed as rejected");
			return SourceFingerprint.UNREADABLE;
		}
	}

	private long missing(Set<String> knownSources, List<Path> files) {
		Set<String> present = new HashSet<>();
		files.forEach((file) -> present.add(InputFiles.sourceName(this.folder.path(), file)));
		return this.full ? 0 : knownSources.stream().filter((source) -> !present.contains(source)).count();
	}

	private String summary(int files, int toRead, int changed, long missing) {
		return (this.full ? "Full rebuild: " : "") + files + " input file(s): " + (toRead - changed) + " new, "
				+ changed + " changed, " + (files - toRead) + " unchanged (not read again)"
				+ ((missing > 0) ? "; " + missing + " file(s) read earlier are gone, their posts are kept" : "");
	}

}
