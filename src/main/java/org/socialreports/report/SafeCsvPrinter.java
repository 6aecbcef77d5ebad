package org.socialreports.report;

import java.io.Closeable;
import java.io.IOException;

import org.apache.commons.csv.CSVPrinter;

/**
 * Prints CSV records whose text cannot become a formula when a manager double-clicks the file
 * and Excel opens it: following OWASP's guidance on CSV injection, a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with
 * {@code '}, which spreadsheets show as the text it was. Numbers and dates are printed as they are.
 */
final class SafeCsvPrinter implements Closeable {

	private final CSVPrinter csv;

	SafeCsvPrinter(CSVPrinter csv) {
		this.csv = csv;
	}

	/** Prints the values, the text among them made safe in place; {@code null} is an empty cell. */
	void printRecord(Object... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof String text) {
				values[i] = safe(text);
			}
		}
		this.csv.printRecord(values);
	}

	static String safe(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

	@Override
	public void close() throws IOException {
		this.csv.close();
	}

}
