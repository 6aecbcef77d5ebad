package org.socialreports.report.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes a workbook with more posts than one sheet holds, and prints the time, the heap used
 * and the rows of each sheet: the check of the real row limit, too slow for a unit test.
 * <p>
 * Usage: {@code benchmarks/benchmark-workbook.sh [posts] [file]}; by default 1,048,576 + 1,000 posts,
 * so that the last ones continue on {@code Posts (2)}.
 */
public final class WorkbookRowLimitBenchmark {

	private static final Pattern SHEET_NAME = Pattern.compile("<sheet name=\"([^\"]*)\"");

	private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");

	private WorkbookRowLimitBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int posts = (args.length > 0) ? Integer.parseInt(args[0]) : WorkbookReportWriter.MAX_POSTS_PER_SHEET + 1_001;
		Path file = Path.of((args.length > 1) ? args[1] : "target/benchmark/social-media-report.xlsx");
		Files.createDirectories(file.toAbsolutePath().getParent());

		AtomicLong peak = new AtomicLong();
		Thread sampler = new Thread(() -> sampleHeap(peak), "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		new WorkbookReportWriter().write(WorkbookContents.generated(Locale.ENGLISH, posts, 14, 6), file);
		double seconds = (System.nanoTime() - start) / 1e9;
		sampler.interrupt();

		System.out.printf(Locale.ROOT, "posts written: %,d in %.1f s%n", posts, seconds);
		System.out.printf(Locale.ROOT, "heap: peak used %,d MB (sampled), max %,d MB%n", peak.get() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf(Locale.ROOT, "file: %s, %,d MB%n", file, Files.size(file) >> 20);
		List<String> names = sheetNames(file);
		List<Long> rows = rowsPerSheet(file, names.size());
		for (int sheet = 0; sheet < names.size(); sheet++) {
			System.out.printf(Locale.ROOT, "sheet %-18s %,10d rows%n", "'" + names.get(sheet) + "'", rows.get(sheet));
		}
	}

	private static void sampleHeap(AtomicLong peak) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		while (!Thread.currentThread().isInterrupted()) {
			peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static List<String> sheetNames(Path file) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream xml = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
			Matcher matcher = SHEET_NAME.matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	// rows counted by streaming each sheet's XML: opening a million rows with POI takes gigabytes
	private static List<Long> rowsPerSheet(Path file, int sheets) throws IOException {
		Long[] rows = new Long[sheets];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				Matcher matcher = WORKSHEET.matcher(entry.getName());
				if (matcher.matches()) {
					try (InputStream xml = zip.getInputStream(entry)) {
						rows[Integer.parseInt(matcher.group(1)) - 1] = countRows(xml);
					}
				}
			}
		}
		return List.of(rows);
	}

	private static long countRows(InputStream xml) throws IOException {
		byte[] pattern = "<row ".getBytes(StandardCharsets.US_ASCII);
		byte[] buffer = new byte[1 << 16];
		long count = 0;
		int matched = 0;
		for (int read = xml.read(buffer); read > 0; read = xml.read(buffer)) {
			for (int i = 0; i < read; i++) {
				matched = (buffer[i] == pattern[matched]) ? matched + 1 : ((buffer[i] == pattern[0]) ? 1 : 0);
				if (matched == pattern.length) {
					count++;
					matched = 0;
				}
			}
		}
		return count;
	}

}
