package org.socialreports.report;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of what one run makes beside the report folders while it writes and publishes,
 * each made of the run's day and a token of its own ({@code .2026-11-24.partial-8512…}): hidden,
 * so that readers and the nightly retention pass them over, and recognisable by a later run's
 * sweep. Earlier versions named their staging and replaced folders the same way.
 *
 * @param outputRoot the output folder
 * @param day the run's day, the name of its report folder
 * @param token what tells this run's files from another run's of the same day
 */
record RunFiles(Path outputRoot, String day, String token) {

	private static final Pattern NAME = Pattern
		.compile("\\.(\\d{4}-\\d{2}-\\d{2})\\.(?:partial|linked|replaced|obsolete)-([^./]+)(?:\\.lock)?");

	/** @return the run that made a file of the output folder, when it is one of a run's files */
	static Optional<RunFiles> of(Path outputRoot, String fileName) {
		Matcher name = NAME.matcher(fileName);
		return name.matches() ? Optional.of(new RunFiles(outputRoot, name.group(1), name.group(2))) : Optional.empty();
	}

	/** The report folder of the day. */
	Path dayFolder() {
		return this.outputRoot.resolve(this.day);
	}

	/** Where the run writes its files. */
	Path staging() {
		return folder("partial");
	}

	/** Locked by the run as long as it lives, so that another run's sweep leaves its files alone. */
	Path lockFile() {
		return this.outputRoot.resolve(staging().getFileName() + ".lock");
	}

	/** A second copy of the finished staging folder, made of hard links, which takes the day's name. */
	Path linked() {
		return folder("linked");
	}

	/** Holds the day's earlier folder, under the day's name, until its successor is in place. */
	Path replaced() {
		return folder("replaced");
	}

	/** A replaced folder on its way out: never restored, however little of it is left. */
	Path obsolete() {
		return folder("obsolete");
	}

	private Path folder(String kind) {
		return this.outputRoot.resolve("." + this.day + "." + kind + "-" + this.token);
	}

}
