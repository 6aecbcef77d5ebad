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

	/** The key under which a partition's file and its planned fingerprint travel, as the plan writes them. */
	public static final String FINGERPRINT = "ingest.fingerprint";

	private final InputPlan plan;

	public InputPartitioner(InputPlan plan) {
		this.plan = plan;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<String> sources = this.plan.sources();
		for (int i = 0; i < sources.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FINGERPRINT,
					new InputPlan(Map.of(sources.get(i), this.plan.toRead().get(sources.get(i)))).serialize());
			partitions.put(String.format("file-%05d", i), context);
		}
		return partitions;
	}

}
