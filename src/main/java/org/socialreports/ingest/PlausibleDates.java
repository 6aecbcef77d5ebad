package org.socialreports.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a post may bear. A year typed wrong ({@code 0209} for {@code 2009}, {@code 2109})
 * would stretch every month-based table over centuries of empty months: such a post is a
 * reject, with the reason. Nothing was posted on the web before 1991; nothing is posted after
 * the day of the run, give or take the day a time zone ahead of the run's adds.
 */
public final class PlausibleDates {

	/** The first day a post may bear: the web went public in 1991. */
	public static final LocalDate EARLIEST = LocalDate.of(1991, 1, 1);

	private final LocalDate runDate;

	public PlausibleDates(LocalDate runDate) {
		this.runDate = runDate;
	}

	/** @return why no post can bear this date, or empty when it may */
	Optional<String> problemWith(LocalDate date) {
		if (date.isBefore(EARLIEST)) {
			return Optional.of("implausible date " + date + ": before " + EARLIEST.getYear() + ", when the web began");
		}
		if (date.isAfter(this.runDate.plusDays(1))) {
			return Optional.of("implausible date " + date + ": after the day of the run, " + this.runDate);
		}
		return Optional.empty();
	}

}
