package org.socialreports.report;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthSpanTests {

	@Test
	void twoYearsOrLessAreShownMonthByMonth() {
		assertThat(MonthSpan.of(YearMonth.of(2008, 4), YearMonth.of(2010, 3))).hasSize(24)
			.allMatch(MonthSpan::isSingleMonth);
	}

	@Test
	void beforeTheLatestTwoYearsTheMonthsAreShownAYearAtATime() {
		assertThat(MonthSpan.of(YearMonth.of(2003, 5), YearMonth.of(2025, 6))).hasSize(21 + 24)
			.startsWith(new MonthSpan(YearMonth.of(2003, 5), YearMonth.of(2003, 12)),
					new MonthSpan(YearMonth.of(2004, 1), YearMonth.of(2004, 12)))
			.contains(new MonthSpan(YearMonth.of(2023, 1), YearMonth.of(2023, 6)),
					new MonthSpan(YearMonth.of(2023, 7), YearMonth.of(2023, 7)))
			.endsWith(new MonthSpan(YearMonth.of(2025, 6), YearMonth.of(2025, 6)));
	}

	@Test
	void yearsCoverTheSpanEndToEnd() {
		assertThat(MonthSpan.years(YearMonth.of(2008, 11), YearMonth.of(2010, 2))).containsExactly(
				new MonthSpan(YearMonth.of(2008, 11), YearMonth.of(2008, 12)),
				new MonthSpan(YearMonth.of(2009, 1), YearMonth.of(2009, 12)),
				new MonthSpan(YearMonth.of(2010, 1), YearMonth.of(2010, 2)));
	}

}
