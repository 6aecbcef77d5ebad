package org.socialreports.classify;

import java.util.Locale;
import java.util.Map;

/**
 * A theme a post can be classified under, as the taxonomy file defines it. Its id is a stable
 * key: every CSV, the database and the taxonomy use it, so it never changes with the report's
 * language; its labels are what people read.
 *
 * @param id the stable key, such as {@code twitter-usage}
 * @param labels its name in each report language ({@code en}, {@code fr}…)
 * @param rgb its colour in every chart, as {@code 0xRRGGBB}
 */
public record Theme(String id, Map<String, String> labels, int rgb) {

	/** The id of the posts that match no theme well enough. */
	public static final String UNCLASSIFIED_ID = "unclassified";

	/** The posts that match no theme well enough: grey in every chart. */
	public static final Theme UNCLASSIFIED = new Theme(UNCLASSIFIED_ID,
			Map.of("en", "Unclassified", "fr", "Non classé"), 0x999999);

	public Theme {
		labels = Map.copyOf(labels);
	}

	/** Its name in the language, else in English, else its id. */
	public String label(Locale locale) {
		String label = this.labels.get(locale.getLanguage());
		if (label == null) {
			label = this.labels.get("en");
		}
		return (label != null) ? label : this.id;
	}

	public boolean isUnclassified() {
		return this.id.equals(UNCLASSIFIED_ID);
	}

	@Override
	public String toString() {
		return this.id;
	}

}
