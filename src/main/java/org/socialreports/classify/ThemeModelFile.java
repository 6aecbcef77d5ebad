package org.socialreports.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.socialreports.ingest.SourceFingerprint;

/**
 * The file of a {@link ThemeModel}: UTF-8 text, one tab-separated record a line, so that a
 * person can read it and a diff shows what a new training changed. The same model always gives
 * the same bytes: the words are sorted, the numbers written with a fixed number of decimals.
 * <pre>
 * # comment lines
 * format	1
 * classes	twitter-usage	…	unclassified
 * taxonomy-sha256	3f…
 * posts	918
 * title-weight	4
 * rule-cap	1
 * bias	b1	…	bN                  (one per class)
 * rule	twitter-usage	w1	…	wN   (one line per theme, in the classes' order)
 * word	tweet	idf	w1	…	wN      (one line per word of the vocabulary)
 * </pre>
 * Reading checks everything: a damaged file gives an {@link IllegalArgumentException} whose
 * one-line message names the file, the line and the problem.
 */
public final class ThemeModelFile {

	static final int FORMAT = 1;

	private static final String HEADER = "# Theme model of the social strategy reports (docs/theme-model.md),"
			+ " written by --train-model: retrain rather than edit.";

	private ThemeModelFile() {
	}

	/** The SHA-256 of a taxonomy file, which a model records to tell whether it was trained with it. */
	public static String sha256(Path taxonomy) {
		try {
			return SourceFingerprint.of(taxonomy).sha256();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the taxonomy " + taxonomy, ex);
		}
	}

	/** The model of the file, or {@code null} when there is no such file (the rules decide alone). */
	public static ThemeModel readIfPresent(Path file) {
		try {
			return read(file);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
		}
	}

	/** @throws IllegalArgumentException with a one-line message naming the file, the line and the problem */
	public static ThemeModel read(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new Reading(file).read(reader);
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new IllegalArgumentException(file + ": not a theme model (not UTF-8 text); train it again"
					+ " with --train-model", ex);
		}
	}

	/** Writes the model, whole or not at all: a run that starts meanwhile reads the old one. */
	public static void write(ThemeModel model, Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
		try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			writer.write(text(model));
		}
		Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The file's content. */
	static String text(ThemeModel model) {
		StringBuilder text = new StringBuilder(64 * model.words().size());
		text.append(HEADER).append('\n');
		line(text, "format", Integer.toString(FORMAT));
		line(text, "classes", String.join("\t", model.classIds()));
		line(text, "taxonomy-sha256", model.taxonomySha256());
		line(text, "posts", Integer.toString(model.posts()));
		line(text, "title-weight", number(model.titleWeight()));
		line(text, "rule-cap", number(model.ruleCap()));
		int classes = model.classes();
		text.append("bias");
		weights(text, model.biases(), 0, classes);
		text.append('\n');
		for (int t = 0; t < classes - 1; t++) {
			text.append("rule\t").append(model.classIds().get(t));
			weights(text, model.ruleWeights(), t * classes, classes);
			text.append('\n');
		}
		for (int w = 0; w < model.words().size(); w++) {
			text.append("word\t").append(model.words().get(w)).append('\t').append(idf(model.idf()[w]));
			weights(text, model.wordWeights(), w * classes, classes);
			text.append('\n');
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String key, String value) {
		text.append(key).append('\t').append(value).append('\n');
	}

	private static void weights(StringBuilder text, double[] weights, int from, int count) {
		for (int k = from; k < from + count; k++) {
			text.append('\t').append(weight(weights[k]));
		}
	}

	/**
	 * Three decimals: a weight multiplies a value of at most 1, so what is lost changes a logit by
	 * less than a thousandth a word; a weight that rounds to nothing is written 0.
	 */
	static String weight(double weight) {
		String text = String.format(Locale.ROOT, "%.3f", weight);
		return (text.equals("0.000") || text.equals("-0.000")) ? "0" : text;
	}

	static String idf(double idf) {
		return String.format(Locale.ROOT, "%.4f", idf);
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4f", value);
	}

	/** One reading of one file: where it is, for the messages. */
	private static final class Reading {

		private final Path file;

		private int number;

		Reading(Path file) {
			this.file = file;
		}

		ThemeModel read(BufferedReader reader) throws IOException {
			List<String> classes = null;
			String sha256 = null;
			Integer posts = null;
			Double titleWeight = null;
			Double ruleCap = null;
			double[] biases = null;
			double[] ruleWeights = null;
			int rules = 0;
			List<String> words = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			List<Double> idf = new ArrayList<>();
			List<double[]> wordWeights = new ArrayList<>();
			boolean format = false;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				this.number++;
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				String key = fields[0];
				if (!format && !key.equals("format")) {
					throw problem("the first record must be 'format " + FORMAT + "'");
				}
				switch (key) {
					case "format" -> {
						expect(fields, 2);
						if (!fields[1].equals(Integer.toString(FORMAT))) {
							throw problem("format " + fields[1] + " is not " + FORMAT);
						}
						format = true;
					}
					case "classes" -> {
						classes = List.of(fields).subList(1, fields.length);
						if (classes.size() < 2 || !classes.get(classes.size() - 1).equals(Theme.UNCLASSIFIED_ID)
								|| new HashSet<>(classes).size() != classes.size()) {
							throw problem("the classes must be distinct theme ids, then " + Theme.UNCLASSIFIED_ID);
						}
						biases = null;
						ruleWeights = new double[(classes.size() - 1) * classes.size()];
					}
					case "taxonomy-sha256" -> {
						expect(fields, 2);
						sha256 = fields[1];
					}
					case "posts" -> {
						expect(fields, 2);
						posts = (int) number(fields[1]);
					}
					case "title-weight" -> {
						expect(fields, 2);
						titleWeight = positive(fields[1]);
					}
					case "rule-cap" -> {
						expect(fields, 2);
						ruleCap = positive(fields[1]);
					}
					case "bias" -> {
						int count = classCount(classes);
						expect(fields, 1 + count);
						biases = numbers(fields, 1, count);
					}
					case "rule" -> {
						int count = classCount(classes);
						expect(fields, 2 + count);
						if (rules >= count - 1 || !fields[1].equals(classes.get(rules))) {
							throw problem("the rule weights must be those of the themes, in the classes' order");
						}
						System.arraycopy(numbers(fields, 2, count), 0, ruleWeights, rules * count, count);
						rules++;
					}
					case "word" -> {
						int count = classCount(classes);
						expect(fields, 3 + count);
						if (fields[1].isEmpty() || !seen.add(fields[1])) {
							throw problem("word '" + fields[1] + "' is empty or given twice");
						}
						words.add(fields[1]);
						idf.add(positive(fields[2]));
						wordWeights.add(numbers(fields, 3, count));
					}
					default -> throw problem("unknown record '" + key + "'");
				}
			}
			if (!format || classes == null || sha256 == null || posts == null || titleWeight == null
					|| ruleCap == null || biases == null || rules != classes.size() - 1) {
				this.number = 0;
				throw problem("incomplete: it needs format, classes, taxonomy-sha256, posts, title-weight, rule-cap,"
						+ " bias and one rule line a theme");
			}
			int count = classes.size();
			double[] weights = new double[words.size() * count];
			for (int w = 0; w < words.size(); w++) {
				System.arraycopy(wordWeights.get(w), 0, weights, w * count, count);
			}
			return new ThemeModel(classes, sha256, posts, titleWeight, ruleCap, biases, ruleWeights, words,
					idf.stream().mapToDouble(Double::doubleValue).toArray(), weights);
		}

		private int classCount(List<String> classes) {
			if (classes == null) {
				throw problem("weights before the 'classes' record");
			}
			return classes.size();
		}

		private void expect(String[] fields, int count) {
			if (fields.length != count) {
				throw problem("'" + fields[0] + "' has " + (fields.length - 1) + " value(s), not " + (count - 1));
			}
		}

		private double[] numbers(String[] fields, int from, int count) {
			double[] numbers = new double[count];
			for (int i = 0; i < count; i++) {
				numbers[i] = number(fields[from + i]);
			}
			return numbers;
		}

		private double positive(String field) {
			double value = number(field);
			if (value <= 0) {
				throw problem("'" + field + "' must be more than 0");
			}
			return value;
		}

		private double number(String field) {
			try {
				double value = Double.parseDouble(field);
				if (Double.isFinite(value)) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// said below
			}
			throw problem("'" + field + "' is not a number");
		}

		private IllegalArgumentException problem(String what) {
			return new IllegalArgumentException(this.file + ((this.number > 0) ? ":" + this.number : "")
					+ ": damaged theme model, " + what + "; train it again with --train-model");
		}

	}

}
