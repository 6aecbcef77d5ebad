package org.socialreports.ingest;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostDatesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2009-03-20                       | 2009-03-20
			2009-03-20 10:15:00              | 2009-03-20
			2009-03-20T10:15                 | 2009-03-20
			2009-03-20T23:59:00+07:00        | 2009-03-20
			2009-03-20T00:30:00.123Z         | 2009-03-20
			2009-03-20T00:30:00-0500         | 2009-03-20
			20/03/2009                       | 2009-03-20
			1/3/2009                         | 2009-03-01
			20/03/2009 10:15                 | 2009-03-20
			Fri, 20 Mar 2009 10:15:00 +0100  | 2009-03-20
			Fri, 20 Mar 2009 23:15:00 GMT    | 2009-03-20
			20 Mar 2009 10:15 EST            | 2009-03-20
			Fri, 20 Mar 09 10:15:00 +0000    | 2009-03-20
			Fri, 20 March 2009               | 2009-03-20
			Ven, 20 mars 2009 10:15:00 +0100 | 2009-03-20
			""")
	void readsTheDayAsWritten(String text, LocalDate expected) {
		assertThat(PostDates.parse(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "0000-00-00 00:00:00", "Mon, 30 Nov -0001 00:00:00 +0000", "31/02/2009",
			"2009-13-01", "03/20/2009 is not French", "hier", "1237543200" })
	void unreadableOrEmptyDateIsEmpty(String text) {
		assertThat(PostDates.parse(text)).isEmpty();
	}

}
