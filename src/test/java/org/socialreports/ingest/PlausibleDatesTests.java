package org.socialreports.ingest;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleDatesTests {

	private final PlausibleDates dates = new PlausibleDates(LocalDate.of(2026, 11, 24));

	@ParameterizedTest
	@ValueSource(strings = { "1991-01-01", "2009-03-20", "2026-11-24", "2026-11-25" })
	void theDaysOfTheWebUpToTheRunAreAccepted(String date) {
		assertThat(this.dates.problemWith(LocalDate.parse(date))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"0209-03-20 | implausible date 0209-03-20: before 1991, when the web began",
			"1990-12-31 | implausible date 1990-12-31: before 1991, when the web began",
			"2026-11-26 | implausible date 2026-11-26: after the day of the run, 2026-11-24",
			"2109-03-20 | implausible date 2109-03-20: after the day of the run, 2026-11-24" })
	void aTypoYearIsNamedInTheReason(String date, String reason) {
		assertThat(this.dates.problemWith(LocalDate.parse(date))).contains(reason);
	}

}
