package org.socialreports.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * The options of one run, as given on the command line.
 *
 * @param input the folder of archives to read
 * @param output the folder that receives one sub-folder per run
 * @param language the report language
 * @param full whether to forget every stored post and read all input again
 * @param from the first month the reports cover, or {@code null} for the first stored
 * @param to the last month the reports cover, or {@code null} for the last stored
 * @param help whether only the usage was asked for
 * @param evaluate a file of labelled posts to measure the classifier on, instead of a run; or {@code null}
 * @param trainModel a file of labelled posts to train the theme model on, instead of a run; or {@code null}
 * @param worker whether to run, instead of the job, the partitions a manager sends over the broker
 */
public record CommandLineOptions(Path input, Path output, Locale language, boolean full, YearMonth from, YearMonth to,
		boolean help, Path evaluate, Path trainModel, boolean worker) {

	static final Set<String> LANGUAGES = Set.of("en", "fr");

	public static final String USAGE = """
			Usage: run-report.sh [--input=DIR] [--output=DIR] [--lang=en|fr] [--full]
			                     [--from=YYYY-MM] [--to=YYYY-MM] [--help]
			       run-report.sh --evaluate=LABELS.tsv
			       run-report.sh --train-model=LABELS.tsv
			       run-report.sh --worker

			Reads the archives below the input folder that are new or changed since the last run,
			classifies each post by theme, and writes reports over every stored post into
			<output>/<run date>/, then points <output>/latest at that folder.

			  --input=DIR      folder of archives to read (default: input/ of the project)
			  --output=DIR     folder that receives the reports (default: reports/ of the project)
			  --lang=en|fr     language of the workbook and the PDF (default: en)
			  --full           forget every stored post and read all the input again
			  --from=YYYY-MM   first month the reports cover (default: the first stored)
			  --to=YYYY-MM     last month the reports cover (default: the last stored)
			  --help           print this help and exit
			  --evaluate=FILE  classify the labelled posts of FILE (TSV: id lang theme also title
			                   text source reason) and print accuracy, precision and recall per
			                   theme, the confusion matrix and the misfiled posts; stores nothing
			  --train-model=FILE  train the theme model on the labelled posts of FILE, print its
			                   source-grouped cross-validated accuracy and write it to
			                   jobs/theme-model.tsv (docs/theme-model.md)
			  --worker         run the partitions that managers send over the broker of
			                   reports.broker-url, until stopped, rather than a run of the job
			                   (docs/scaling-out.md)

			Exit codes: 0 completed, 1 failed (run again to resume), 2 bad arguments or
			configuration, 3 another run holds the lock, 4 completed but the mail was not sent.
			""";

	/**
	 * @param home the folder that relative defaults are resolved against
	 * @throws BadOptionException for an option that is unknown, empty or out of range
	 */
	public static CommandLineOptions parse(String[] args, Path home) {
		Path input = home.resolve("input");
		Path output = home.resolve("reports");
		String language = "en";
		boolean full = false;
		YearMonth from = null;
		YearMonth to = null;
		boolean help = false;
		Path evaluate = null;
		Path trainModel = null;
		boolean worker = false;
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (name) {
				case "--help", "-h" -> help = true;
				case "--full" -> full = flag(name, value);
				case "--input" -> input = Path.of(required(name, value, "DIR"));
				case "--output" -> output = Path.of(required(name, value, "DIR"));
				case "--lang" -> language = required(name, value, "en");
				case "--from" -> from = month(name, required(name, value, "2009-01"));
				case "--to" -> to = month(name, required(name, value, "2009-12"));
				case "--evaluate" -> evaluate = Path.of(required(name, value, "labels.tsv"));
				case "--train-model" -> trainModel = Path.of(required(name, value, "labels.tsv"));
				case "--worker" -> worker = flag(name, value);
				default -> throw new BadOptionException("unknown option '" + arg + "' (try --help)");
			}
		}
		if (!LANGUAGES.contains(language)) {
			throw new BadOptionException("--lang must be en or fr, not '" + language + "'");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadOptionException("--from=" + from + " is after --to=" + to);
		}
		if (evaluate != null && trainModel != null) {
			throw new BadOptionException("--evaluate and --train-model are two commands: give one");
		}
		if (worker && (evaluate != null || trainModel != null)) {
			throw new BadOptionException("--worker runs partitions: give it without --evaluate or --train-model");
		}
		return new CommandLineOptions(input, output, Locale.forLanguageTag(language), full, from, to, help, evaluate,
				trainModel, worker);
	}

	private static String required(String name, String value, String example) {
		if (value == null || value.isBlank()) {
			throw new BadOptionException(name + " needs a value, as in " + name + "=" + example);
		}
		return value;
	}

	private static boolean flag(String name, String value) {
		if (value != null) {
			throw new BadOptionException(name + " takes no value");
		}
		return true;
	}

	private static YearMonth month(String name, String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadOptionException(name + " must be a month written YYYY-MM, not '" + value + "'");
		}
	}

	/** A command line that cannot be run. */
	public static class BadOptionException extends RuntimeException {

		public BadOptionException(String message) {
			super(message);
		}

	}

}
