package org.socialreports.job;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTests {

	@Test
	void aFullDiskUnderTheDatabaseIsCalledSo() {
		Exception failure = new IllegalStateException("Failed to write the chunk",
				new SQLException("java.sql.SQLException: Data File size limit is reached", "S1000", -468));

		assertThat(Failures.describe(failure)).startsWith("the disk under the database is full: its data file cannot grow");
	}

	@Test
	void aFullDiskUnderTheReportsIsCalledSo() {
		Exception failure = new IOException("cannot write the reports",
				new IOException("/srv/reports/.2026-11-24.partial-1/posts.csv.tmp: No space left on device"));

		assertThat(Failures.describe(failure))
			.isEqualTo("the disk is full: /srv/reports/.2026-11-24.partial-1/posts.csv.tmp: No space left on device");
	}

	@Test
	void otherFailuresGiveTheirMessageAndRootCause() {
		Exception failure = new IllegalStateException("outer", new IllegalArgumentException("inner"));

		assertThat(Failures.describe(failure)).isEqualTo("outer (java.lang.IllegalArgumentException: inner)");
	}

}
