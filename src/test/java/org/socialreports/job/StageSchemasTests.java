package org.socialreports.job;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageSchemasTests {

	@Test
	void readsEachTableAndItsColumnsFromTheStagesScriptsLeavingConstraintsAndCommentsOut() {
		Map<String, List<String>> tables = StageSchemas.tables("schema/ingest.sql", "schema/classify.sql",
				"schema/aggregate.sql");

		assertThat(tables.keySet()).containsExactly("INPUT_FOLDER", "REJECTED_ENTRY", "SOURCE_FILE", "STAGED_POST",
				"CLASSIFYING_TAXONOMY", "THEME_OVERRIDE", "REVIEW_SAMPLE", "REVIEW_WORD", "REVIEW_CLOSE_CALL",
				"AUTHOR_MONTH_THEME");
		assertThat(tables.get("INPUT_FOLDER")).containsExactly("ID", "PATH");
		assertThat(tables.get("REJECTED_ENTRY")).containsExactly("FOLDER", "SOURCE", "ENTRY", "LINE", "REASON");
		assertThat(tables.get("STAGED_POST")).startsWith("FOLDER", "SOURCE", "ENTRY", "LINE")
			.contains("CLASSIFIED_THEME", "SCORES", "REPLIES")
			.doesNotContain("PRIMARY", "--");
	}

}
