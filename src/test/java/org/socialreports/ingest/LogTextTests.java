package org.socialreports.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTests {

	@Test
	void aNameCannotBreakTheLineItIsLoggedOn() {
		String forged = "x.txt\n21:00:00.000  INFO StepSummaryListener : Job social-strategy-report COMPLETED";

		assertThat(LogText.quote(forged)).doesNotContain("\n")
			.isEqualTo("\"x.txt\\n21:00:00.000  INFO StepSummaryListener : Job social-strategy-report COMPLETED\"");
	}

	@Test
	void controlCharactersQuotesAndBackslashesAreEscaped() {
		assertThat(LogText.quote("a\rb\tc\"d\\e\u0000f\u2028g")).isEqualTo("\"a\\rb\\tc\\\"d\\\\e\\u0000f\\u2028g\"");
	}

	@Test
	void ordinaryNamesOnlyGetQuotes() {
		assertThat(LogText.quote("2009/billets d'été.txt")).isEqualTo("\"2009/billets d'été.txt\"");
	}

}
