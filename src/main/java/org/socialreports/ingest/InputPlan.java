package org.socialreports.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input files a run reads, with the fingerprints to record once they are read. It travels
 * from the planning step to the ingest step in the job's execution context, as text.
 */
public record InputPlan(Map<String, SourceFingerprint> toRead) {

	static final String CONTEXT_KEY = "ingest.plan";

	/** Where the plan keeps the size of the parts large text archives are read in. */
	static final String PART_BYTES_KEY = "ingest.part-bytes";

	public List<String> sources() {
		return List.copyOf(this.toRead.keySet());
	}

	String serialize() {
		StringBuilder text = new StringBuilder();
		this.toRead.forEach((source, fingerprint) -> text.append(fingerprint.size())
			.append('\t')
			.append(fingerprint.modified())
			.append('\t')
			.append(fingerprint.sha256())
			.append('\t')
			.append(escape(source))
			.append('\n'));
		return text.toString();
	}

	// a file name may hold any character but '/' and NUL, line breaks and tabs included
	private static String escape(String source) {
		return source.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
	}

	private static String unescape(String source) {
		return source.replace("%0D", "\r").replace("%0A", "\n").replace("%09", "\t").replace("%25", "%");
	}

	static InputPlan parse(String text) {
		Map<String, SourceFingerprint> toRead = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			if (!line.isEmpty()) {
				String[] fields = line.split("\t", 4);
				toRead.put(unescape(fields[3]),
						new SourceFingerprint(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2]));
			}
		}
		return new InputPlan(toRead);
	}

}
