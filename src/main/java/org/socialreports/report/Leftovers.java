package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Settles what runs left in the output folder when they died or failed (the crash points are
 * listed in {@link ReportFolder}): a replaced folder whose successor never took the day's name
 * is restored, latest leaves a run's folders for the day's folder, and what nothing shows any
 * more is deleted. The folder latest points at is never deleted. The caller holds the
 * {@link OutputLock}.
 */
final class Leftovers {

	private Leftovers() {
	}

	/** Settles the files of every run that no live process owns; a live run's are left alone. */
	static void sweep(Path outputRoot) throws IOException {
		LatestLink.deleteTemporary(outputRoot);
		Map<Path, RunFiles> runs = new LinkedHashMap<>();
		try (Stream<Path> entries = Files.list(outputRoot)) {
			for (Path entry : entries.sorted().toList()) {
				add(runs, outputRoot, entry);
			}
		}
		// an earlier version's run could die with latest pointing at a folder it had renamed
		Path shown = LatestLink.target(outputRoot);
		if (shown != null && outputRoot.equals(shown.getParent())) {
			add(runs, outputRoot, shown);
		}
		List<StagingLock> taken = new ArrayList<>();
		try {
			List<RunFiles> dead = new ArrayList<>();
			for (RunFiles run : runs.values()) {
				if (ownerless(run, taken)) {
					dead.add(run);
				}
			}
			settle(outputRoot, dead);
		}
		finally {
			for (StagingLock lock : taken) {
				lock.release();
			}
		}
	}

	private static void add(Map<Path, RunFiles> runs, Path outputRoot, Path file) {
		RunFiles.of(outputRoot, file.getFileName().toString()).ifPresent((run) -> runs.putIfAbsent(run.lockFile(), run));
	}

	/**
	 * @return whether no live process owns the run's files: its lock could be taken (and is
	 * added to {@code taken}), or it has no lock file (it died, or an earlier version made it)
	 */
	private static boolean ownerless(RunFiles run, List<StagingLock> taken) throws IOException {
		if (!Files.exists(run.lockFile(), LinkOption.NOFOLLOW_LINKS)) {
			return true;
		}
		try {
			Optional<StagingLock> lock = StagingLock.takeOver(run.lockFile());
			lock.ifPresent(taken::add);
			return lock.isPresent();
		}
		catch (NoSuchFileException ex) {
			return true;
		}
	}

	/** Settles the files of runs that are over: died, failed, or gone by a sweep that died. */
	static void settle(Path outputRoot, List<RunFiles> runs) throws IOException {
		for (RunFiles run : runs) {
			restoreOrDropReplaced(run);
		}
		Path shown = LatestLink.target(outputRoot);
		for (RunFiles run : runs) {
			boolean showsRunsFolder = run.staging().equals(shown) || run.linked().equals(shown);
			if (showsRunsFolder && Files.isDirectory(run.dayFolder(), LinkOption.NOFOLLOW_LINKS)) {
				LatestLink.pointAt(outputRoot, run.day());
				shown = run.dayFolder();
			}
		}
		for (RunFiles run : runs) {
			for (Path folder : List.of(run.linked(), run.staging(), run.obsolete())) {
				if (!folder.equals(shown)) {
					deleteRecursively(folder);
				}
			}
		}
	}

	/**
	 * The day's earlier folder goes back to the day's name when its successor never took it,
	 * and is deleted once the successor is in place.
	 */
	private static void restoreOrDropReplaced(RunFiles run) throws IOException {
		Path earlier = run.replaced().resolve(run.day());
		if (Files.isDirectory(earlier, LinkOption.NOFOLLOW_LINKS)
				&& !Files.exists(run.dayFolder(), LinkOption.NOFOLLOW_LINKS)) {
			Files.move(earlier, run.dayFolder(), StandardCopyOption.ATOMIC_MOVE);
		}
		dropReplaced(run);
	}

	/**
	 * Deletes the run's replaced folder once the day's folder is in place: renamed first, since a
	 * folder half deleted under the replaced folder's name would be restored as a report.
	 */
	static void dropReplaced(RunFiles run) throws IOException {
		if (!Files.exists(run.replaced(), LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		deleteRecursively(run.obsolete());
		Files.move(run.replaced(), run.obsolete(), StandardCopyOption.ATOMIC_MOVE);
		deleteRecursively(run.obsolete());
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
