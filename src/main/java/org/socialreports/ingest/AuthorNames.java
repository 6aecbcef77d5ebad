package org.socialreports.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One person, several accounts: {@code jobs/authors.yml} maps the handles and display names a
 * person posts under to the one name the reports show, so that figures per author add up
 * across networks and blogs.
 *
 * <pre>
 * Hervé Kabla:
 *   - "@hkabla"
 *   - Hervé Kabla (LinkedIn)
 *   - hkabla@mastodon.social
 * </pre>
 *
 * Names are matched without regard to case, to a leading {@code @} or to surrounding spaces.
 */
public final class AuthorNames {

	/** No file: every author keeps the name the archive gives. */
	public static final AuthorNames NONE = new AuthorNames(Map.of());

	private final Map<String, String> canonical;

	private AuthorNames(Map<String, String> canonical) {
		this.canonical = Map.copyOf(canonical);
	}

	/**
	 * @return the file's mapping, or {@link #NONE} when there is no file
	 * @throws IllegalArgumentException with a one-line message naming the file and the problem
	 */
	public static AuthorNames load(Path file) {
		Object root;
		try (InputStream in = Files.newInputStream(file)) {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(new SafeConstructor(options)).load(in);
		}
		catch (NoSuchFileException ex) {
			return NONE;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(file + ": cannot read the authors file (" + ex.getMessage() + ")");
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException(file + ": not valid YAML: " + ex.getMessage().replaceAll("\\s+", " "));
		}
		if (root == null) {
			return NONE;
		}
		if (!(root instanceof Map<?, ?> people)) {
			throw new IllegalArgumentException(file + ": must map each author to the list of names they post under");
		}
		Map<String, String> canonical = new HashMap<>();
		for (Map.Entry<?, ?> person : people.entrySet()) {
			String name = String.valueOf(person.getKey()).strip();
			if (!(person.getValue() instanceof List<?> aliases)) {
				throw new IllegalArgumentException(file + ": the names of '" + name + "' must be a list (- one per line)");
			}
			for (Object alias : aliases) {
				String previous = canonical.put(key(String.valueOf(alias)), name);
				if (previous != null && !previous.equals(name)) {
					throw new IllegalArgumentException(file + ": '" + alias + "' is given to both '" + previous + "' and '"
							+ name + "'");
				}
			}
			canonical.putIfAbsent(key(name), name);
		}
		return new AuthorNames(canonical);
	}

	/** The name the reports show for an author as an archive names them. */
	public String of(String author) {
		return this.canonical.isEmpty() ? author : this.canonical.getOrDefault(key(author), author);
	}

	private static String key(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		return key.startsWith("@") ? key.substring(1) : key;
	}

}
