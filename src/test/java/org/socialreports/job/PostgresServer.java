package org.socialreports.job;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A real PostgreSQL server for the tests (the binaries ship in a Maven artifact): one per test
 * JVM, started on 127.0.0.1 at a free port the first time a test asks for a database, stopped
 * when the JVM exits. Each caller gets a new, empty database of its own.
 * <p>
 * PostgreSQL refuses to run as root, and CI runs as root: there the library starts
 * {@code initdb} and the server through {@code unshare -U}, in a user namespace of their own in
 * which they are not root. Its databases compare text as ICU's {@code en-US} does, as the
 * natural-language collation of a typical installation would, so that a result whose order
 * depends on the database's collation shows it; the server writes its log under
 * {@code target/}.
 */
public final class PostgresServer {

	private static final Log logger = LogFactory.getLog(PostgresServer.class);

	public static final String USERNAME = "postgres";

	public static final String PASSWORD = "";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private static Duration startTime;

	private PostgresServer() {
	}

	/** A database of its own, named after its user (a test class, say) and created empty. */
	public static Database createDatabase(String user) {
		String name = (user.replaceAll("[^A-Za-z0-9]", "_") + "_" + databases.incrementAndGet()).toLowerCase();
		if (name.length() > 63) {
			name = name.substring(name.length() - 63);
		}
		EmbeddedPostgres server = server();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the database " + name, ex);
		}
		return new Database("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name, USERNAME, PASSWORD);
	}

	/** How long the server took to start (binaries unpacked, initdb, started), once it has. */
	public static synchronized Duration startTime() {
		server();
		return startTime;
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			long start = System.nanoTime();
			server = start();
			startTime = Duration.ofNanos(System.nanoTime() - start);
			logger.info("PostgreSQL started on 127.0.0.1:" + server.getPort() + " in " + startTime.toMillis() + " ms");
		}
		return server;
	}

	private static EmbeddedPostgres start() {
		if (new UnixSystem().getUid() == 0 && !LinuxUtils.isUnshareAvailable()) {
			throw new IllegalStateException("PostgreSQL refuses to run as root, and 'unshare -U id -u' does not run"
					+ " here to start it in a user namespace: run the tests as another user");
		}
		try {
			File log = log().toFile();
			return EmbeddedPostgres.builder()
				.setServerConfig("listen_addresses", "127.0.0.1")
				// what the tests' data need not survive: a crash of the server loses the test run anyway
				.setServerConfig("fsync", "off")
				.setServerConfig("full_page_writes", "off")
				.setLocaleConfig("locale-provider", "icu")
				.setLocaleConfig("icu-locale", "en-US")
				.setLocaleConfig("locale", "C.UTF-8")
				.setOutputRedirector(Redirect.appendTo(log))
				.setErrorRedirector(Redirect.appendTo(log))
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start PostgreSQL (its log: " + log() + ")", ex);
		}
	}

	private static Path log() {
		Path target = Path.of("target");
		try {
			Files.createDirectories(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target.toAbsolutePath().resolve("embedded-postgres-" + ProcessHandle.current().pid() + ".log");
	}

	/** Where a database is, and who connects to it. */
	public record Database(String url, String username, String password) {
	}

}
