package org.socialreports.ingest;

import java.text.Normalizer;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names as WordPress writes them in French and English blogs. Accents are optional
 * because archives converted through Latin-1 or typed by hand often lose them ("fevrier",
 * "aout").
 */
public final class MonthNames {

	private static final String[][] NAMES = {
			{ "janvier", "janv", "january", "jan" },
			{ "fevrier", "fevr", "fev", "february", "feb" },
			{ "mars", "march", "mar" },
			{ "avril", "avr", "april", "apr" },
			{ "mai", "may" },
			{ "juin", "june", "jun" },
			{ "juillet", "juil", "july", "jul" },
			{ "aout", "august", "aug" },
			{ "septembre", "sept", "september", "sep" },
			{ "octobre", "oct", "october" },
			{ "novembre", "nov", "november" },
			{ "decembre", "dec", "december" } };

	private static final Map<String, Month> MONTHS = index();

	private MonthNames() {
	}

	/**
	 * @param name a month name in any case, with or without accents or abbreviation dot
	 * @return the month, or empty when the name is not a known French or English month
	 */
	public static Optional<Month> parse(String name) {
		return Optional.ofNullable(MONTHS.get(normalize(name)));
	}

	private static String normalize(String name) {
		String withoutAccents = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String lower = withoutAccents.toLowerCase(Locale.ROOT);
		return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
	}

	private static Map<String, Month> index() {
		Map<String, Month> months = new HashMap<>();
		for (int i = 0; i < NAMES.length; i++) {
			for (String name : NAMES[i]) {
				months.put(name, Month.of(i + 1));
			}
		}
		return Map.copyOf(months);
	}

}
