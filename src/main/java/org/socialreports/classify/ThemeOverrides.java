package org.socialreports.classify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.LogText;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The themes people set by hand, in {@code jobs/overrides.csv} ({@code source,entry,theme}: a
 * post as {@code posts.csv} names it, and the id of its theme). Every run applies the file to
 * the stored posts: a post keeps the theme set for it whatever the classifier says, shows it as
 * set by hand, and gets the classifier's theme back when its line is taken out of the file.
 * A line the job cannot use is logged and passed over: one mistake in the file never stops the
 * night.
 */
class ThemeOverrides {

	private static final Log logger = LogFactory.getLog(ThemeOverrides.class);

	/** One line of the file: a post and the theme a person gave it. */
	record Override(String source, long entry, String theme) {

		String key() {
			return this.source + '\u0000' + this.entry;
		}

	}

	private final JdbcTemplate jdbc;

	private final Themes themes;

	ThemeOverrides(JdbcTemplate jdbc, Themes themes) {
		this.jdbc = jdbc;
		this.themes = themes;
	}

	/** The usable lines of the file, each later line for a post replacing an earlier one; none when there is no file. */
	List<Override> read(Path file) throws IOException {
		Map<String, Override> overrides = new LinkedHashMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreSurroundingSpaces(true)
				.setAllowMissingColumnNames(true)
				.get()
				.parse(reader)) {
				Override override = override(file, record);
				if (override != null) {
					overrides.put(override.key(), override);
				}
			}
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			logger.warn(LogText.quote(file.toString()) + " cannot be read as CSV with the header source,entry,theme ("
					+ ex.getMessage() + "); no theme is set by hand in this run");
			return List.of();
		}
		return List.copyOf(overrides.values());
	}

	private Override override(Path file, CSVRecord record) {
		String where = LogText.quote(file.toString()) + " line " + record.getParser().getCurrentLineNumber();
		if (!record.isMapped("source") || !record.isMapped("entry") || !record.isMapped("theme")
				|| !record.isSet("theme")) {
			logger.warn(where + ": needs the columns source, entry and theme; passed over");
			return null;
		}
		long entry;
		try {
			entry = Long.parseLong(record.get("entry"));
		}
		catch (NumberFormatException ex) {
			logger.warn(where + ": entry " + LogText.quote(record.get("entry"))
					+ " is not a number (posts.csv's entry column gives it); passed over");
			return null;
		}
		String theme = record.get("theme");
		if (!theme.equals(Theme.UNCLASSIFIED_ID) && !this.themes.scored().contains(this.themes.fromId(theme))) {
			logger.warn(where + ": theme " + LogText.quote(theme) + " is not one of the taxonomy's; passed over");
			return null;
		}
		return new Override(record.get("source"), entry, theme);
	}

	/**
	 * Sets the themes of the folder's stored posts as the overrides say, and gives back their
	 * classifier's theme to the posts whose override is gone since the last run.
	 * @return how many stored posts have a theme set by hand
	 */
	int apply(InputFolder folder, List<Override> overrides) {
		Map<String, Override> now = new LinkedHashMap<>();
		overrides.forEach((override) -> now.put(override.key(), override));
		List<Override> before = this.jdbc.query("SELECT source, entry, theme FROM theme_override WHERE folder = ?",
				(rs, row) -> new Override(rs.getString(1), rs.getLong(2), rs.getString(3)), folder.id());
		for (Override gone : before) {
			if (!now.containsKey(gone.key())) {
				this.jdbc.update("UPDATE staged_post SET theme = classified_theme, classified_theme = NULL"
						+ " WHERE folder = ? AND source = ? AND entry = ? AND classified_theme IS NOT NULL", folder.id(),
						gone.source(), gone.entry());
			}
		}
		this.jdbc.update("DELETE FROM theme_override WHERE folder = ?", folder.id());
		int applied = 0;
		List<Object[]> rows = new ArrayList<>();
		for (Override override : overrides) {
			applied += this.jdbc.update("UPDATE staged_post SET classified_theme = COALESCE(classified_theme, theme),"
					+ " theme = ? WHERE folder = ? AND source = ? AND entry = ?", override.theme(), folder.id(),
					override.source(), override.entry());
			rows.add(new Object[] { folder.id(), override.source(), override.entry(), override.theme() });
		}
		this.jdbc.batchUpdate("INSERT INTO theme_override (folder, source, entry, theme) VALUES (?, ?, ?, ?)", rows);
		return applied;
	}

}
