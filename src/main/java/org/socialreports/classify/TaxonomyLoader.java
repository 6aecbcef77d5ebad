package org.socialreports.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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

	private static final String NEAR_WORDS = "near-words";

	private static final String PASSING_MENTION = "passing-mention";

	private static final Set<String> SECTIONS = Set.of("threshold", "title-weight", "min-matches", NEAR_WORDS,
			PASSING_MENTION, THEMES);

	private static final Set<String> PASSING_MENTION_SETTINGS = Set.of("longer-than", "within", "counts");

	private static final Set<String> TERM_SETTINGS = Set.of("weight", "not-near", "language");

	private static final String TERMS = "terms";

	private static final String LABELS = "labels";

	private static final String COLOUR = "colour";

	private static final String CONTEXT = "context";

	private static final Set<String> THEME_SETTINGS = Set.of(TERMS, LABELS, COLOUR, CONTEXT);

	private static final Set<String> CONTEXT_SETTINGS = Set.of("words", "otherwise");

	private static final Pattern THEME_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern COLOUR_HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

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
		double nearWords = sections.containsKey(NEAR_WORDS) ? number(sections, NEAR_WORDS) : Taxonomy.NEAR_WORDS;
		if (nearWords < 1 || nearWords != Math.rint(nearWords)) {
			throw fail(NEAR_WORDS + " must be a whole number of at least 1, got " + sections.get(NEAR_WORDS));
		}
		Taxonomy.PassingMention passingMention = passingMention(sections.get(PASSING_MENTION));
		Taxonomy read = taxonomy(threshold, titleWeight, (int) minMatches, sections.get(THEMES));
		return new Taxonomy(read.threshold(), read.titleWeight(), read.minMatches(), read.themes(), read.terms(),
				(int) nearWords, passingMention, read.contexts());
	}

	private Taxonomy.PassingMention passingMention(Object section) {
		if (section == null) {
			return Taxonomy.PassingMention.NONE;
		}
		Map<?, ?> settings = mapping(section, "setting '" + PASSING_MENTION + "'");
		for (Object key : settings.keySet()) {
			if (!PASSING_MENTION_SETTINGS.contains(String.valueOf(key))) {
				throw fail("unknown setting '" + key + "' of '" + PASSING_MENTION + "' (expected "
						+ String.join(", ", new TreeSet<>(PASSING_MENTION_SETTINGS)) + ")");
			}
		}
		double longerThan = number(settings, "longer-than");
		double within = number(settings, "within");
		double counts = number(settings, "counts");
		if (longerThan < 0 || within < 1 || longerThan != Math.rint(longerThan) || within != Math.rint(within)) {
			throw fail(PASSING_MENTION + ": longer-than and within must be whole numbers of words");
		}
		if (counts < 0 || counts > 1) {
			throw fail(PASSING_MENTION + ": counts must be a fraction from 0 to 1, got " + counts);
		}
		return new Taxonomy.PassingMention((int) longerThan, (int) within, counts);
	}

	private Taxonomy taxonomy(double threshold, double titleWeight, int minMatches, Object section) {
		if (section == null) {
			throw fail("missing section '" + THEMES + "'");
		}
		Map<?, ?> definitions = mapping(section, "section '" + THEMES + "'");
		if (definitions.isEmpty()) {
			throw fail("section '" + THEMES + "' defines no theme");
		}
		if (definitions.size() > Themes.MAX_THEMES) {
			throw fail("section '" + THEMES + "' defines " + definitions.size() + " themes, at most "
					+ Themes.MAX_THEMES + " are allowed (no chart stays legible with more)");
		}
		List<Theme> themes = new ArrayList<>();
		Map<Theme, List<TaxonomyTerm>> terms = new LinkedHashMap<>();
		Map<Theme, Taxonomy.Context> contexts = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : definitions.entrySet()) {
			String id = themeId(entry.getKey());
			Map<?, ?> definition = mapping(entry.getValue(), "theme '" + id + "'");
			// a theme is its terms, or its terms, labels and colour (the terms under "terms")
			boolean described = definition.containsKey(TERMS);
			if (described) {
				for (Object key : definition.keySet()) {
					if (!THEME_SETTINGS.contains(String.valueOf(key))) {
						throw fail("unknown setting '" + key + "' of theme '" + id + "' (expected "
								+ String.join(", ", new TreeSet<>(THEME_SETTINGS)) + ")");
					}
				}
			}
			Theme theme = new Theme(id, described ? labels(id, definition.get(LABELS)) : defaultLabels(id),
					described && definition.containsKey(COLOUR) ? colour(id, definition.get(COLOUR))
							: Themes.paletteColour(themes.size()));
			themes.add(theme);
			terms.put(theme, terms(theme, described ? definition.get(TERMS) : definition));
			if (described && definition.containsKey(CONTEXT)) {
				contexts.put(theme, context(id, definition.get(CONTEXT)));
			}
		}
		return new Taxonomy(threshold, titleWeight, minMatches, new Themes(themes), terms, Taxonomy.NEAR_WORDS,
				Taxonomy.PassingMention.NONE, contexts);
	}

	private Taxonomy.Context context(String id, Object section) {
		String where = "context of theme '" + id + "'";
		Map<?, ?> settings = mapping(section, where);
		for (Object key : settings.keySet()) {
			if (!CONTEXT_SETTINGS.contains(String.valueOf(key))) {
				throw fail("unknown setting '" + key + "' of the " + where + " (expected "
						+ String.join(", ", new TreeSet<>(CONTEXT_SETTINGS)) + ")");
			}
		}
		List<String> words = words(settings.get("words"),
				"the " + where + " must list its words, such as words: [facebook, réseaux sociaux]", "the " + where);
		double otherwise = settings.containsKey("otherwise") ? number(settings, "otherwise") : 0;
		if (otherwise < 0 || otherwise > 1) {
			throw fail("otherwise in the " + where + " must be a fraction from 0 to 1, got " + otherwise);
		}
		return new Taxonomy.Context(words, otherwise);
	}

	private String themeId(Object key) {
		String id = String.valueOf(key);
		if (!THEME_ID.matcher(id).matches()) {
			throw fail("theme id '" + id + "' must be lower-case letters, digits and dashes, such as influencer-marketing");
		}
		if (id.equals(Theme.UNCLASSIFIED_ID)) {
			throw fail("'" + Theme.UNCLASSIFIED_ID + "' is the theme of posts that match none: it takes no terms");
		}
		return id;
	}

	private Map<String, String> labels(String id, Object section) {
		if (section == null) {
			return defaultLabels(id);
		}
		Map<String, String> labels = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : mapping(section, "the labels of theme '" + id + "'").entrySet()) {
			if (!(entry.getValue() instanceof String label) || label.isBlank()) {
				throw fail("label '" + entry.getKey() + "' of theme '" + id + "' must be text");
			}
			labels.put(String.valueOf(entry.getKey()), label.strip());
		}
		return labels;
	}

	/** The labels of the four themes of taxonomy files written before themes had labels of their own. */
	private static Map<String, String> defaultLabels(String id) {
		return switch (id) {
			case "twitter-usage" -> Map.of("en", "Twitter usage", "fr", "Usage de Twitter");
			case "social-network-security" -> Map.of("en", "Social-network security", "fr", "Sécurité des réseaux sociaux");
			case "corporate-blogging" -> Map.of("en", "Corporate blogging", "fr", "Blogs d’entreprise");
			case "crisis-communication" -> Map.of("en", "Crisis communication", "fr", "Communication de crise");
			default -> Map.of();
		};
	}

	private int colour(String id, Object value) {
		String colour = String.valueOf(value).strip();
		if (!COLOUR_HEX.matcher(colour).matches()) {
			throw fail("colour of theme '" + id + "' must be written #RRGGBB, in quotes, not '" + value + "'");
		}
		return Integer.parseInt(colour.substring(1), 16);
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
			Object value = entry.getValue();
			List<String> notNear = List.of();
			String language = null;
			if (value instanceof Map<?, ?> rule) {
				for (Object key : rule.keySet()) {
					if (!TERM_SETTINGS.contains(String.valueOf(key))) {
						throw fail("unknown setting '" + key + "' of term '" + text + "' in " + where + " (expected "
								+ String.join(", ", new TreeSet<>(TERM_SETTINGS)) + ")");
					}
				}
				value = rule.get("weight");
				notNear = notNear(text, where, rule.get("not-near"));
				language = language(text, where, rule.get("language"));
			}
			if (!(value instanceof Number weight) || !(weight.doubleValue() > 0) || !Double.isFinite(weight.doubleValue())) {
				throw fail("weight of '" + text + "' in " + where + " must be a number more than zero, got '" + value + "'");
			}
			terms.add(new TaxonomyTerm(text.strip(), weight.doubleValue(), notNear, language));
		}
		return terms;
	}

	private String language(String text, String where, Object value) {
		if (value == null) {
			return null;
		}
		for (TextLanguage language : TextLanguage.values()) {
			if (language.code().equals(value)) {
				return language.code();
			}
		}
		throw fail("language of '" + text + "' in " + where + " must be one of "
				+ Arrays.stream(TextLanguage.values()).map(TextLanguage::code).toList() + ", got '" + value + "'");
	}

	private List<String> notNear(String text, String where, Object value) {
		if (value == null) {
			return List.of();
		}
		String what = "not-near of '" + text + "' in " + where;
		return words(value, what + " must be a list of words, such as [économique, financière]", what);
	}

	/**
	 * A YAML list of words or phrases, stripped.
	 * @param notAList the problem if the value is no list, or an empty one
	 * @param what what lists them, to name it in the problem with one of them
	 */
	private List<String> words(Object value, String notAList, String what) {
		if (!(value instanceof List<?> listed) || listed.isEmpty()) {
			throw fail(notAList);
		}
		List<String> words = new ArrayList<>();
		for (Object word : listed) {
			if (!(word instanceof String text) || text.isBlank()) {
				throw fail(what + " must list words: put '" + word + "' in quotes");
			}
			words.add(text.strip());
		}
		return words;
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
