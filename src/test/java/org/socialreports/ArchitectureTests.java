package org.socialreports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rule of docs/architecture.md, enforced: the stages depend on one another one way,
 * downstream on upstream ({@code ingest} ← {@code classify} ← {@code aggregate} ← {@code report}
 * ← {@code job}); {@code job} wires steps and runs them, and does none of a stage's work; and
 * each table is named only in the stage whose schema script creates it.
 */
class ArchitectureTests {

	private static final String ROOT = "org.socialreports";

	private static JavaClasses classes;

	@BeforeAll
	static void importTheMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void stagesDependOnlyOnTheStagesUpstream() {
		ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("ingest").definedBy(ROOT + ".ingest..")
			.layer("classify").definedBy(ROOT + ".classify..")
			.layer("aggregate").definedBy(ROOT + ".aggregate..")
			.layer("report").definedBy(ROOT + ".report..")
			.layer("job").definedBy(ROOT + ".job..")
			.whereLayer("job").mayNotBeAccessedByAnyLayer()
			.whereLayer("report").mayOnlyBeAccessedByLayers("job")
			.whereLayer("aggregate").mayOnlyBeAccessedByLayers("report", "job")
			.whereLayer("classify").mayOnlyBeAccessedByLayers("aggregate", "report", "job")
			.whereLayer("ingest").mayOnlyBeAccessedByLayers("classify", "aggregate", "report", "job");
		rule.check(classes);
	}

	@Test
	void jobOnlyWiresAndRunsTheStagesSteps() {
		noClasses().that().resideInAPackage(ROOT + ".job..")
			.should().beAssignableTo(ItemReader.class)
			.orShould().beAssignableTo(ItemProcessor.class)
			.orShould().beAssignableTo(ItemWriter.class)
			.orShould().beAssignableTo(Tasklet.class)
			.orShould().beAssignableTo(Partitioner.class)
			.orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
			.because("a step's work and its SQL belong to the stage that owns the step")
			.check(classes);
	}

	/** Main sources are read as text: a table is named in SQL strings, which byte code does not keep apart. */
	@Test
	void eachTableIsNamedOnlyInTheStageThatCreatesIt() throws IOException {
		Map<String, String> owners = tableOwners();
		assertThat(owners).containsEntry("staged_post", "classify")
			.containsEntry("rejected_entry", "ingest")
			.containsEntry("author_month_theme", "aggregate");
		List<String> trespasses = new ArrayList<>();
		Path sources = Path.of("src/main/java", ROOT.split("\\."));
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				Path relative = sources.relativize(file);
				String stage = (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
				String code = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
				owners.forEach((table, owner) -> {
					if (!owner.equals(stage) && Pattern.compile("\\b" + table + "\\b").matcher(code).find()) {
						trespasses.add(relative + " names " + owner + "'s table " + table);
					}
				});
			}
		}
		assertThat(trespasses).isEmpty();
	}

	/** Each stage's tables, from the script it ships: {@code schema/<stage>.sql}. */
	private static Map<String, String> tableOwners() throws IOException {
		Map<String, String> owners = new LinkedHashMap<>();
		Pattern createTable = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+)", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/schema"))) {
			for (Path script : scripts.sorted().toList()) {
				String stage = script.getFileName().toString().replaceFirst("\\.sql$", "");
				Matcher table = createTable.matcher(Files.readString(script, StandardCharsets.UTF_8));
				while (table.find()) {
					owners.put(table.group(1).toLowerCase(Locale.ROOT), stage);
				}
			}
		}
		return owners;
	}

}
