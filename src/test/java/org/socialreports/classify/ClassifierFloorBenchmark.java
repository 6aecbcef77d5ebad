package org.socialreports.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.text.TextArchives;
import org.socialreports.ingest.text.TextRange;

/**
 * Parses and classifies every post of a folder of text archives as the job does (a large file
 * cut into parts of {@code reports.part-bytes}, a part at a time on each core) and stores
 * nothing: what reading and classifying cost by themselves, the floor under the ingest step,
 * which also stores each post.
 * <p>
 * Usage: {@code ClassifierFloorBenchmark <folder> [threads]}; run by {@code benchmarks/benchmark.sh --floor}.
 */
public final class ClassifierFloorBenchmark {

	private ClassifierFloorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: ClassifierFloorBenchmark <folder> [threads]");
			System.exit(2);
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
			files = listing.filter((file) -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}

		long partBytes = partBytes();
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		Map<Theme, Long> themes = new LinkedHashMap<>();
		long rejects = 0;
		int parts = 0;
		try (ThemeClassifier classifier = ThemeClassifier.fromFile(Path.of("jobs/taxonomy.yml"))) {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<Tally>> tallies = new ArrayList<>();
				for (Path file : files) {
					for (TextRange part : TextArchives.split(file, partBytes)) {
						tallies.add(pool.submit(() -> classifyAll(file, part, classifier)));
					}
				}
				parts = tallies.size();
				for (Future<Tally> future : tallies) {
					Tally tally = future.get();
					tally.themes().forEach((theme, posts) -> themes.merge(theme, posts, Long::sum));
					rejects += tally.rejects();
				}
			}
			finally {
				// a failed part must not leave the pool's threads keeping the JVM up
				pool.shutdownNow();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (processCpuNanos() - cpuBefore) / 1e9;

		long posts = themes.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf(Locale.ROOT,
				"parsed and classified: %d posts, %d rejects, %.1f MB, %d files in %d parts on %d threads%n", posts,
				rejects, bytes / 1e6, files.size(), parts, threads);
		System.out.printf(Locale.ROOT, "wall: %.3f s (%.0f posts/s), cpu: %.1f s%n", seconds, posts / seconds, cpu);
		themes.forEach((theme, count) -> System.out.printf(Locale.ROOT, "  %-24s %10d%n", theme.id(), count));
	}

	private static Tally classifyAll(Path file, TextRange part, ThemeClassifier classifier) {
		Map<Theme, Long> themes = new LinkedHashMap<>();
		long rejects = 0;
		try (ArchiveParser parser = (part != null) ? TextArchives.openPart(file, file.getFileName().toString(), part)
				: TextArchives.open(file, file.getFileName().toString())) {
			for (ArchiveEntry entry = parser.next(); entry != null; entry = parser.next()) {
				if (entry instanceof Post post) {
					themes.merge(classifier.classify(post).theme(), 1L, Long::sum);
				}
				else {
					rejects++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Tally(themes, rejects);
	}

	/** The job's own {@code reports.part-bytes}, so that files are cut where the job cuts them. */
	private static long partBytes() throws IOException {
		Properties settings = new Properties();
		try (InputStream in = ClassifierFloorBenchmark.class.getResourceAsStream("/application.properties")) {
			settings.load(in);
		}
		return Long.parseLong(settings.getProperty("reports.part-bytes"));
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private record Tally(Map<Theme, Long> themes, long rejects) {
	}

}
