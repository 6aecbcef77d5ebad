package org.socialreports.report.pdf;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The months the report covers, as the cover and the metadata name them.
 */
final class Period {

	private Period() {
	}

	static String of(ReportDocument report) {
		Optional<YearMonth> first = report.figures().firstMonth();
		Optional<YearMonth> last = report.figures().lastMonth();
		if (first.isEmpty() || last.isEmpty()) {
			return report.message("period.none");
		}
		PdfFormats formats = report.formats();
		if (first.get().equals(last.get())) {
			return formats.month(first.get());
		}
		return report.message("period.range", formats.month(first.get()), formats.month(last.get()));
	}

}
