package org.socialreports.job;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hsqldb.Database;
import org.hsqldb.DatabaseManager;
import org.hsqldb.DatabaseType;

import org.springframework.core.env.Environment;

/**
 * The job's own database: HSQLDB files in {@code jobs/db/} of the project folder, which the job
 * alone uses, and which it may therefore move aside and start anew when they are damaged. A
 * database named anywhere else, or a server, belongs to its operator and is never touched.
 *
 * @param files the path the files are named after, such as {@code jobs/db/reports} for
 * {@code jobs/db/reports.script}, {@code reports.data}…
 */
record EmbeddedDatabase(Path files) {

	private static final String FILE_URL = "jdbc:hsqldb:file:";

	private static final DateTimeFormatter FOLDER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

	/** What HSQLDB keeps of an open database: its settings, its tables and their rows. */
	private static final List<String> ESSENTIAL = List.of(".properties", ".script", ".data");

	/**
	 * Whether {@code spring.datasource.url} is an HSQLDB database, in a file or in memory: one
	 * process's, which no other host can share.
	 */
	static boolean isConfigured(Environment environment) {
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:hsqldb:");
	}

	/** @return the database of {@code spring.datasource.url}, when it is the job's own */
	static Optional<EmbeddedDatabase> of(Environment environment) {
		return of(environment.getProperty("spring.datasource.url"), Path.of(environment.getProperty("reports.home", ".")));
	}

	/** @return the database, when {@code url} names an HSQLDB file database in {@code home}'s jobs/db/ */
	static Optional<EmbeddedDatabase> of(String url, Path home) {
		if (url == null || !url.startsWith(FILE_URL)) {
			return Optional.empty();
		}
		String path = url.substring(FILE_URL.length());
		path = (path.indexOf(';') >= 0) ? path.substring(0, path.indexOf(';')) : path;
		Path files = canonical(Path.of(path));
		return files.getParent() != null && files.getParent().equals(canonical(home.resolve("jobs/db")))
				? Optional.of(new EmbeddedDatabase(files)) : Optional.empty();
	}

	Path folder() {
		return this.files.getParent();
	}

	Path file(String suffix) {
		return this.files.resolveSibling(this.files.getFileName() + suffix);
	}

	/** The files an open database always has that are no longer there: deleted under it. */
	List<Path> missingFiles() {
		return ESSENTIAL.stream().map(this::file).filter((file) -> !Files.exists(file)).toList();
	}

	/**
	 * Moves every file of the database into a new folder beside them, named after {@code now},
	 * so that the next connection creates a new database; nothing is deleted.
	 * @return the folder that holds them
	 */
	Path moveAside(LocalDateTime now) throws IOException {
		closeInThisProcess();
		Path aside = folder().resolve("damaged-" + FOLDER_DATE.format(now));
		for (int n = 2; Files.exists(aside); n++) {
			aside = folder().resolve("damaged-" + FOLDER_DATE.format(now) + "-" + n);
		}
		Files.createDirectory(aside);
		String prefix = this.files.getFileName() + ".";
		try (Stream<Path> entries = Files.list(folder())) {
			for (Path entry : entries.filter((entry) -> entry.getFileName().toString().startsWith(prefix)).toList()) {
				Files.move(entry, aside.resolve(entry.getFileName()));
			}
		}
		return aside;
	}

	/**
	 * HSQLDB keeps a database it could read but not log into (its users lost) open in this
	 * process, holding its files: closed at once, without writing anything.
	 */
	private void closeInThisProcess() {
		Database open = DatabaseManager.lookupDatabaseObject(DatabaseType.DB_FILE, this.files.toString());
		if (open != null) {
			open.close(Database.CLOSEMODE_IMMEDIATELY);
		}
	}

	/** Whether the script still creates the database's users: cut short before them, it does not. */
	boolean scriptCreatesUsers() {
		try (Stream<String> lines = Files.lines(file(".script"), StandardCharsets.ISO_8859_1)) {
			return lines.anyMatch((line) -> line.startsWith("CREATE USER "));
		}
		catch (IOException | RuntimeException ex) {
			return true; // unreadable, which is not to say damaged: leave it as it is
		}
	}

	/** As HSQLDB names a file database: its canonical path, symbolic links and {@code ..} resolved. */
	private static Path canonical(Path path) {
		try {
			return new File(path.toAbsolutePath().toString()).getCanonicalFile().toPath();
		}
		catch (IOException ex) {
			return path.toAbsolutePath().normalize();
		}
	}

}
