package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.socialreports.ingest.text.TextArchives;
import org.socialreports.ingest.text.TextRange;

/**
 * Splits the planned input into partitions that worker threads read side by side: one per
 * file, so that each partition restarts on its own from its own last committed chunk; and a
 * text archive larger than {@code rangeBytes} is cut into parts of whole posts, one partition
 * each, so that one large file keeps every core busy too.
 */
public class InputPartitioner implements Partitioner {

	/** The key under which a partition's file and its planned fingerprint travel, as the plan writes them. */
	public static final String FINGERPRINT = "ingest.fingerprint";

	/** The key under which a partition's part of its file travels, when it reads a part only. */
	public static final String RANGE = "ingest.range";

	private static final Log logger = LogFactory.getLog(InputPartitioner.class);

	private final Path inputFolder;

	private final InputPlan plan;

	private final long rangeBytes;

	/**
	 * @param inputFolder the folder the plan's sources are relative to
	 * @param rangeBytes how large a text archive may be before it is read in parts of about
	 * that size
	 */
	public InputPartitioner(Path inputFolder, InputPlan plan, long rangeBytes) {
		this.inputFolder = inputFolder;
		this.plan = plan;
		this.rangeBytes = rangeBytes;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<String> sources = this.plan.sources();
		for (int i = 0; i < sources.size(); i++) {
			String source = sources.get(i);
			String fingerprint = new InputPlan(Map.of(source, this.plan.toRead().get(source))).serialize();
			List<TextRange> ranges = ranges(source);
			if (ranges.size() <= 1) {
				partitions.put(String.format("file-%05d", i), context(fingerprint, null));
				continue;
			}
			for (int part = 0; part < ranges.size(); part++) {
				partitions.put(String.format("file-%05d-part-%04d", i, part), context(fingerprint, ranges.get(part)));
			}
			logger.info(LogText.quote(source) + ": read in " + ranges.size() + " parts of about " + this.rangeBytes + " bytes");
		}
		return partitions;
	}

	private List<TextRange> ranges(String source) {
		Path file = this.inputFolder.resolve(source);
		try {
			if (Files.isRegularFile(file) && Files.size(file) > this.rangeBytes
					&& ArchiveFormatDetector.detect(file).format() == ArchiveFormat.TEXT) {
				return TextArchives.split(file, this.rangeBytes);
			}
		}
		catch (IOException ex) {
			// read whole: the partition reports what is wrong with the file, as for any other
			logger.warn(LogText.quote(source) + ": not cut into parts (" + ex.getMessage() + ")");
		}
		return List.of();
	}

	private static ExecutionContext context(String fingerprint, TextRange range) {
		ExecutionContext context = new ExecutionContext();
		context.putString(FINGERPRINT, fingerprint);
		if (range != null) {
			context.putString(RANGE, range.serialize());
		}
		return context;
	}

}
