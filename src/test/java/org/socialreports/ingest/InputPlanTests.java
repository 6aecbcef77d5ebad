package org.socialreports.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputPlanTests {

	@Test
	void planSurvivesItsTextFormWhateverTheFileNames() {
		Map<String, SourceFingerprint> files = new LinkedHashMap<>();
		files.put("blog/2009 mars.txt", new SourceFingerprint(11147, 1237500000000L, "ab".repeat(32)));
		files.put("odd\tname\nwith%0A breaks.xml", new SourceFingerprint(0, 1, "cd".repeat(32)));
		files.put("gone.txt", SourceFingerprint.UNREADABLE);
		InputPlan plan = new InputPlan(files);

		InputPlan parsed = InputPlan.parse(plan.serialize());

		assertThat(parsed.toRead()).containsExactlyEntriesOf(files);
		assertThat(parsed.sources()).containsExactly("blog/2009 mars.txt", "odd\tname\nwith%0A breaks.xml", "gone.txt");
	}

	@Test
	void emptyPlanReadsNothing() {
		assertThat(InputPlan.parse(new InputPlan(Map.of()).serialize()).sources()).isEmpty();
	}

}
