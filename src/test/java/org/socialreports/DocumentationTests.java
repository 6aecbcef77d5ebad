package org.socialreports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README stays short and points at the pages of {@code docs/}; what it names exists, and
 * every option and setting the job reads is documented.
 */
class DocumentationTests {

	private static final Path README = Path.of("README.md");

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)\\s]*)?\\)");

	@Test
	void readmeStaysShort() throws IOException {
		assertThat(Files.readAllLines(README, StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(150);
	}

	@Test
	void everyRelativeLinkOfTheReadmeAndTheDocsLeadsToAFile() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path page : pages()) {
			Matcher link = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
			while (link.find()) {
				String target = link.group(1);
				if (!target.contains("://") && !Files.exists(page.resolveSibling(target))) {
					broken.add(page + " -> " + target);
				}
			}
		}
		assertThat(pages()).contains(README, Path.of("docs/architecture.md"));
		assertThat(broken).isEmpty();
	}

	@Test
	void everyCommandLineOptionIsInTheReadme() throws IOException {
		String options = Files.readString(Path.of("src/main/java/org/socialreports/job/CommandLineOptions.java"));
		Set<String> names = matches(Pattern.compile("case \"(--[a-z-]+)\""), options);
		assertThat(names).contains("--input", "--full", "--evaluate");
		assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(names.stream().map((name) -> "`" + name).toList());
	}

	@Test
	void everySettingOfTheJobIsDocumented() throws IOException {
		Set<String> settings = matches(Pattern.compile("(?m)^(reports\\.[a-z.-]+)="),
				Files.readString(Path.of("src/main/resources/application.properties")));
		assertThat(settings).contains("reports.taxonomy", "reports.chunk-size");
		StringBuilder documented = new StringBuilder();
		for (Path page : pages()) {
			documented.append(Files.readString(page, StandardCharsets.UTF_8));
		}
		assertThat(documented.toString()).contains(settings.stream().map((setting) -> "`" + setting).toList());
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			return Stream.concat(Stream.of(README, Path.of("benchmarks/README.md")),
					docs.filter((path) -> path.toString().endsWith(".md")).sorted()).toList();
		}
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
