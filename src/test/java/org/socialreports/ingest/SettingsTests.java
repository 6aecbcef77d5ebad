package org.socialreports.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SettingsTests {

	@Test
	void aNumberInRangeIsTakenAsItIs() {
		assertThat(Settings.atLeast("reports.part-bytes", " 67108864 ", 1)).isEqualTo(67108864L);
		assertThat(Settings.intAtLeast("reports.threads", "0", 0)).isZero();
	}

	@Test
	void aNumberOutOfRangeIsNamedWithTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> Settings.atLeast("reports.part-bytes", "-5", 1))
			.withMessage("reports.part-bytes must be at least 1, not -5");
	}

	@Test
	void somethingElseThanANumberIsNamedToo() {
		assertThatIllegalArgumentException().isThrownBy(() -> Settings.intAtLeast("reports.chunk-size", "lots", 1))
			.withMessage("reports.chunk-size must be a whole number, not \"lots\"");
		assertThatIllegalArgumentException().isThrownBy(() -> Settings.intAtLeast("reports.chunk-size", "99999999999", 1))
			.withMessage("reports.chunk-size must be at most 2147483647, not 99999999999");
	}

}
