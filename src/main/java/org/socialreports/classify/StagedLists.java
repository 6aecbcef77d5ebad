package org.socialreports.classify;

import java.util.Arrays;
import java.util.List;

/**
 * How lists (matched terms, categories) are kept in a single staging column.
 */
final class StagedLists {

	/** A separator that neither taxonomy terms nor category names contain. */
	static final String SEPARATOR = "\u001f";

	private StagedLists() {
	}

	static List<String> split(String stored) {
		return (stored == null || stored.isEmpty()) ? List.of() : Arrays.asList(stored.split(SEPARATOR));
	}

}
