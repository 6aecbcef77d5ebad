package org.socialreports.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the taxonomy file that an operator edits (format described at the top of
 * {@code jobs/taxonomy.yml}). Every mistake gives an {@link IllegalArgumentException} whose
 * one-line message names the file and the problem, so that a nightly run stops with a message
 * the operator can act on rather than classifying with half a taxonomy.
 */
public final class TaxonomyLoader {

	private static final String THEMES = "themes";

	private static final Set<String> SECTIONS = Set.of("threshold", "title-weight", "min-matches", THEMES);

	private final String source;

	private TaxonomyLoader(String source) {
		this.source = source;
	}

	public static Taxonomy load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, file.toString());
		}
		catch (NoSuchFileException ex) {
			throw new IllegalArgumentException(file + ": taxonomy file not found");
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(file + ": cannot read the taxonomy file (" + ex.getMessage() + ")");
		}
	}

	/**
	 * @param source how to name the taxonomy in error messages, usually its path
	 */
	public static Taxonomy load(InputStream in, String source) {
		TaxonomyLoader loader = new TaxonomyLoader(source);
		return loader.taxonomy(loader.parse(in));
	}

	private Object parse(InputStream in) {
		LoaderOptions options = new LoaderOptions();
		// a term written twice is an editing mistake, not something to resolve silently
		options.setAllowDuplicateKeys(false);
		try {
			// SafeConstructor builds plain maps, lists and scalars, never arbitrary classes
			return new Yaml(new SafeConstructor(options)).load(in);
		}
		catch (MarkedYAMLException ex) {
			throw fail("not valid YAML at line " + (ex.getProblemMark().getLine() + 1) + ": "
					+ oneLine(ex.getProblem()));
		}
		catch (YAMLException ex) {
			throw fail("not valid YAML: " + oneLine(ex.getMessage()));
		}
	}

	private Taxonomy taxonomy(Object root) {
		Map<?, ?> sections = mapping(root, "the file");
		for (Object key : sections.keySet()) {
			if (!SECTIONS.contains(String.valueOf(key))) {
				throw fail("unknown setting '" + key + "' (expected " + String.join(", ", new TreeSet<>(SECTIONS)) + ")");
			}
		}
		double threshold = number(sections, "threshold");
		double titleWeight = number(sections, "title-weight");
		double minMatches = sections.containsKey("min-matches") ? number(sections, "min-matches") : 1;
		if (threshold < 0) {
			throw fail("threshold must not be negative, got " + threshold);
		}
		if (titleWeight <= 0) {
			throw fail("title-weight must be more than zero, got " + titleWeight);
		}
		if (minMatches < 1 || minMatches != Math.rint(minMatches)) {
			throw fail("min-matches must be a whole number of at least 1, got " + sections.get("min-matches"));
		}
		return new Taxonomy(threshold, titleWeight, (int) minMatches, themes(sections.get(THEMES)));
	}

	private Map<Theme, List<TaxonomyTerm>> themes(Object section) {
		if (section == null) {
			throw fail("missing section '" + THEMES + "'");
		}
		Map<Theme, List<TaxonomyTerm>> themes = new EnumMap<>(Theme.class);
		for (Map.Entry<?, ?> entry : mapping(section, "section '" + THEMES + "'").entrySet()) {
			Theme theme = theme(entry.getKey());
			themes.put(theme, terms(theme, entry.getValue()));
		}
		for (Theme theme : Theme.scored()) {
			if (!themes.containsKey(theme)) {
				throw fail("missing theme '" + theme.id() + "' in section '" + THEMES + "'");
			}
		}
		return themes;
	}

	private Theme theme(Object id) {
		String expected = Theme.scored().stream().map(Theme::id).collect(Collectors.joining(", "));
		return Theme.scored()
			.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> fail("unknown theme id '" + id + "' (expected one of " + expected + ")"));
	}

	private List<TaxonomyTerm> terms(Theme theme, Object section) {
		String where = "theme '" + theme.id() + "'";
		Map<?, ?> weights = mapping(section, where);
		if (weights.isEmpty()) {
			throw fail(where + " has no terms");
		}
		List<TaxonomyTerm> terms = new ArrayList<>();
		for (Map.Entry<?, ?> entry : weights.entrySet()) {
			if (!(entry.getKey() instanceof String text) || text.isBlank()) {
				throw fail("term '" + entry.getKey() + "' in " + where
						+ " must be text: put it in quotes (YAML reads yes, no, on, off, numbers and the like otherwise)");
			}
			if (!(entry.getValue() instanceof Number weight) || !(weight.doubleValue() > 0)
					|| !Double.isFinite(weight.doubleValue())) {
				throw fail("weight of '" + text + "' in " + where + " must be a number more than zero, got '"
						+ entry.getValue() + "'");
			}
			terms.add(new TaxonomyTerm(text.strip(), weight.doubleValue()));
		}
		return terms;
	}

	private Map<?, ?> mapping(Object value, String what) {
		if (value == null && "the file".equals(what)) {
			throw fail("the file is empty");
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw fail(what + " must be a mapping of 'name: value' lines");
		}
		return map;
	}

	private double number(Map<?, ?> sections, String name) {
		if (!sections.containsKey(name)) {
			throw fail("missing setting '" + name + "'");
		}
		Object value = sections.get(name);
		if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
			throw fail("setting '" + name + "' must be a number, got '" + value + "'");
		}
		return number.doubleValue();
	}

	private IllegalArgumentException fail(String problem) {
		return new IllegalArgumentException(this.source + ": " + problem);
	}

	private static String oneLine(String text) {
		return (text != null) ? text.replaceAll("\\s+", " ").strip() : "unknown problem";
	}

}
