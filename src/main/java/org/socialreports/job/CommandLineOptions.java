package org.socialreports.job;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The options of one run, as given on the command line.
 *
 * @param input the folder of archives to read
 * @param output the folder that receives one sub-folder per run
 * @param language the report language
 * @param help whether only the usage was asked for
 */
public record CommandLineOptions(Path input, Path output, Locale language, boolean help) {

	static final Set<String> LANGUAGES = Set.of("en", "fr");

	public static final String USAGE = """
			Usage: run-report.sh [--input=DIR] [--output=DIR] [--lang=en|fr] [--help]

			Reads every archive below the input folder, classifies each post by theme, and writes
			the reports into <output>/<run date>/, then points <output>/latest at that folder.

			  --input=DIR    folder of archives to read (default: input/ of the project)
			  --output=DIR   folder that receives the reports (default: reports/ of the project)
			  --lang=en|fr   language of the workbook and the PDF (default: en)
			  --help         print this help and exit

			Exit codes: 0 completed, 1 failed (run again to resume), 2 bad arguments or
			configuration, 3 another run holds the lock.
			""";

	/**
	 * @param home the folder that relative defaults are resolved against
	 * @throws BadOptionException for an option that is unknown, repeated, empty or out of range
	 */
	public static CommandLineOptions parse(String[] args, Path home) {
		Path input = home.resolve("input");
		Path output = home.resolve("reports");
		String language = "en";
		boolean help = false;
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (name) {
				case "--help", "-h" -> help = true;
				case "--input" -> input = Path.of(required(name, value));
				case "--output" -> output = Path.of(required(name, value));
				case "--lang" -> language = required(name, value);
				default -> throw new BadOptionException("unknown option '" + arg + "' (try --help)");
			}
		}
		if (!LANGUAGES.contains(language)) {
			throw new BadOptionException("--lang must be en or fr, not '" + language + "'");
		}
		return new CommandLineOptions(input, output, Locale.forLanguageTag(language), help);
	}

	private static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new BadOptionException(name + " needs a value, as in " + name + "=DIR");
		}
		return value;
	}

	/** A command line that cannot be run. */
	public static class BadOptionException extends RuntimeException {

		public BadOptionException(String message) {
			super(message);
		}

	}

}
