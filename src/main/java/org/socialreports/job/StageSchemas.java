package org.socialreports.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The tables the stages' schema scripts create, and their columns, read from the scripts
 * themselves: the job sets the stages' tables up without knowing any of them by name.
 */
final class StageSchemas {

	private static final Pattern CREATE_TABLE = Pattern
		.compile("CREATE TABLE IF NOT EXISTS (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Set<String> CONSTRAINTS = Set.of("PRIMARY", "UNIQUE", "CONSTRAINT", "FOREIGN", "CHECK");

	private StageSchemas() {
	}

	/** Each table of the scripts (upper case, as HSQLDB stores unquoted names) and its columns, in script order. */
	static Map<String, List<String>> tables(String... scripts) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		for (String script : scripts) {
			Matcher table = CREATE_TABLE.matcher(read(script));
			while (table.find()) {
				tables.put(table.group(1).toUpperCase(Locale.ROOT), columns(table.group(2)));
			}
		}
		return tables;
	}

	private static List<String> columns(String definitions) {
		List<String> columns = new ArrayList<>();
		for (String line : definitions.split("\\n")) {
			String definition = line.strip();
			if (definition.isEmpty() || definition.startsWith("--")) {
				continue;
			}
			String name = definition.split("[\\s,(]", 2)[0].toUpperCase(Locale.ROOT);
			if (!CONSTRAINTS.contains(name)) {
				columns.add(name);
			}
		}
		return columns;
	}

	private static String read(String script) {
		try {
			return new ClassPathResource(script).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the schema script " + script, ex);
		}
	}

}
