package org.socialreports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Settles what runs left in the output folder when they died or failed (the crash points are
 * listed in {@link ReportFolder}): a replaced folder whose successor never took the day's name
 * is restored, latest leaves a run's folders for the day's folder, and what nothing shows any
 * more is deleted. The folder latest points at is never deleted.
 */
final class Leftovers {

	private Leftovers() {
	}

	/**
	 * Settles what every run left: the caller holds the run lock, so no other run is writing, and
	 * it has no files of its own there when it sweeps.
	 */
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
		settle(outputRoot, new ArrayList<>(runs.values()));
	}

	private static void add(Map<Path, RunFiles> runs, Path outputRoot, Path file) {
		RunFiles.of(outputRoot, file.getFileName().toString()).ifPresent((run) -> runs.putIfAbsent(run.staging(), run));
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
