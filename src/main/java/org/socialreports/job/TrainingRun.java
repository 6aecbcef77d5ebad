package org.socialreports.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.FileSystemUtils;

/**
 * One run of the job for the JVM to record, in the class data sharing archive, the classes a run
 * loads (jobs/app.sh, app_train): on the sample shipped in the jar, a file of each format so that
 * every parser is recorded, in a scratch folder that holds its input, reports, lock and database
 * (the job's default embedded one, so that HSQLDB's file classes are recorded too).
 * <p>
 * Whatever the system properties and the environment say, the settings that could name the
 * operator's files are overridden, first of every property source: training touches nothing of
 * the operator's. Run on their database, the sample's posts would show in their next report, and
 * an unfinished run waiting to be resumed there would be abandoned for having other options.
 */
public final class TrainingRun {

	/** In the jar: the sample's files, and a copy of jobs/taxonomy.yml made by the build. */
	private static final String SAMPLE = "training/input/*";

	private static final String TAXONOMY = "training/taxonomy.yml";

	/** In the jar: a copy of jobs/theme-model.tsv made by the build, so that its classes are recorded too. */
	private static final String THEME_MODEL = "training/theme-model.tsv";

	private TrainingRun() {
	}

	public static int execute(Class<?> application, PrintStream out, PrintStream err) {
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory("social-strategy-reports-training-");
			Path input = Files.createDirectories(scratch.resolve("input"));
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:" + SAMPLE)) {
				copy(file, input.resolve(file.getFilename()));
			}
			Path taxonomy = Files.createDirectories(scratch.resolve("jobs")).resolve("taxonomy.yml");
			copy(new ClassPathResource(TAXONOMY), taxonomy);
			Path model = scratch.resolve("jobs/theme-model.tsv");
			copy(new ClassPathResource(THEME_MODEL), model);
			MapPropertySource overrides = new MapPropertySource("class-archive-training",
					overrides(scratch, taxonomy, model));
			SpringApplicationBuilder training = new SpringApplicationBuilder(application)
				.initializers((context) -> context.getEnvironment().getPropertySources().addFirst(overrides));
			return ReportCommand.execute(new String[] { "--input=" + input, "--output=" + scratch.resolve("reports") },
					scratch, scratch.resolve("jobs/run.lock"), training, out, err);
		}
		catch (IOException ex) {
			err.println("class archive training: cannot lay out its scratch folder " + scratch + ": " + ex);
			return ExitCodes.FAILED;
		}
		finally {
			if (scratch != null) {
				FileSystemUtils.deleteRecursively(scratch.toFile());
			}
		}
	}

	/** The project folder, the taxonomy and the model in the scratch folder, and the job's own default database there. */
	private static Map<String, Object> overrides(Path scratch, Path taxonomy, Path model) throws IOException {
		Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		return Map.of("reports.home", scratch.toString(), "reports.taxonomy", taxonomy.toString(),
				"reports.theme-model", model.toString(),
				// as written in application.properties: ${reports.home} is the scratch folder
				"spring.datasource.url", defaults.getProperty("spring.datasource.url"),
				"spring.datasource.username", defaults.getProperty("spring.datasource.username"),
				"spring.datasource.password", defaults.getProperty("spring.datasource.password"),
				"spring.datasource.driver-class-name", "org.hsqldb.jdbc.JDBCDriver");
	}

	private static void copy(Resource resource, Path target) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			Files.copy(in, target);
		}
	}

}
