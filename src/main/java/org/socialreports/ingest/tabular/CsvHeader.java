package org.socialreports.ingest.tabular;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first line of a CSV archive: its separator (a comma, or the semicolon that French Excel
 * writes) and which column holds which {@link PostField}.
 *
 * @param separator the separator the header uses
 * @param columns the columns of each field; categories may span several columns
 */
record CsvHeader(char separator, Map<PostField, List<Integer>> columns) {

	/**
	 * @param line the first line of a file, without its line end
	 * @return the header, whose {@link #missing()} fields may not be empty
	 */
	static CsvHeader of(String line) {
		CsvHeader commas = parse(line, ',');
		CsvHeader semicolons = parse(line, ';');
		// the separator is the one that makes the more fields known
		return (semicolons.columns.size() > commas.columns.size()) ? semicolons : commas;
	}

	/** The required fields that no column names. */
	Set<PostField> missing() {
		Set<PostField> missing = EnumSet.copyOf(PostField.REQUIRED);
		missing.removeAll(this.columns.keySet());
		return missing;
	}

	boolean has(PostField field) {
		return this.columns.containsKey(field);
	}

	boolean isComplete() {
		return missing().isEmpty();
	}

	private static CsvHeader parse(String line, char separator) {
		return of(split(line, separator), separator);
	}

	/**
	 * @param names the header's column names, as the CSV parser split them
	 */
	static CsvHeader of(List<String> names, char separator) {
		Map<PostField, List<Integer>> columns = new EnumMap<>(PostField.class);
		for (int i = 0; i < names.size(); i++) {
			int column = i;
			PostField.named(names.get(i)).ifPresent((field) -> {
				if (field == PostField.CATEGORIES || !columns.containsKey(field)) {
					columns.computeIfAbsent(field, (key) -> new ArrayList<>()).add(column);
				}
			});
		}
		return new CsvHeader(separator, columns);
	}

	// Header names are rarely quoted, but Excel quotes those with a separator or a quote in them.
	private static List<String> split(String line, char separator) {
		List<String> names = new ArrayList<>();
		StringBuilder name = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				names.add(name.toString());
				name.setLength(0);
			}
			else {
				name.append(c);
			}
		}
		names.add(name.toString());
		return names;
	}

}
