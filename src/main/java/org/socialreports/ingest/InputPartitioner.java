package org.socialreports.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the planned input into partitions that worker threads read side by side: one per
 * file, so that each partition restarts on its own from its own last committed chunk.
 */
public class InputPartitioner implements Partitioner {

	/** The key under which a partition's sources travel to its reader. */
	public static final String SOURCES = "ingest.sources";

	private final List<String> sources;

	public InputPartitioner(InputPlan plan) {
		this.sources = plan.sources();
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < this.sources.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(SOURCES, this.sources.get(i));
			partitions.put(String.format("file-%05d", i), context);
		}
		return partitions;
	}

}
