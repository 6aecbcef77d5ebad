package org.socialreports.job;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Opens the database as soon as its data source exists, before the job repository or anything
 * else uses it, and decides what a failure means. The job's own embedded database, when its
 * files are damaged, is moved aside and started anew, so that one damaged file costs a rebuild
 * from the input files rather than every night's run; a database locked by another process, one
 * named elsewhere, or a server, stops the run with one line that names it. On a healthy
 * database this costs nothing: the pool keeps the connection for the first to ask.
 */
final class DatabaseOpener implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(DatabaseOpener.class);

	private final String url;

	private final Optional<EmbeddedDatabase> embedded;

	DatabaseOpener(Environment environment) {
		this.url = environment.getProperty("spring.datasource.url", "");
		this.embedded = EmbeddedDatabase.of(environment);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			open(dataSource);
		}
		return bean;
	}

	private void open(DataSource dataSource) {
		try {
			connect(dataSource);
		}
		catch (SQLException | RuntimeException ex) {
			if (this.embedded.isEmpty()) {
				throw new CannotOpenDatabaseException(
						"cannot open the database " + withoutSettings(this.url) + ": " + OpeningFailure.describe(ex), ex);
			}
			recover(dataSource, this.embedded.get(), ex);
		}
	}

	private void recover(DataSource dataSource, EmbeddedDatabase database, Exception failure) {
		switch (OpeningFailure.of(failure, database)) {
			case LOCKED -> throw new CannotOpenDatabaseException("cannot open the database " + database.files()
					+ ": another process holds its lock " + database.file(".lck")
					+ ", or that file cannot be written in " + database.folder() + "; nothing was moved", failure);
			case UNKNOWN_USER -> throw new CannotOpenDatabaseException("cannot open the database " + database.files()
					+ ": " + OpeningFailure.describe(failure) + " (see spring.datasource.username and password)", failure,
					ExitCodes.BAD_CONFIGURATION);
			case OTHER -> throw new CannotOpenDatabaseException(
					"cannot open the database " + database.files() + ": " + OpeningFailure.describe(failure), failure);
			case DAMAGED -> {
				Path aside = moveAside(database, failure);
				warn(database, aside, failure);
				try {
					connect(dataSource);
				}
				catch (SQLException | RuntimeException ex) {
					throw new CannotOpenDatabaseException("cannot start a new database " + database.files()
							+ " in place of the damaged one, moved into " + aside + ": " + OpeningFailure.describe(ex), ex);
				}
			}
		}
	}

	private static Path moveAside(EmbeddedDatabase database, Exception failure) {
		try {
			return database.moveAside(LocalDateTime.now());
		}
		catch (IOException ex) {
			throw new CannotOpenDatabaseException("the files of the database " + database.files() + " are damaged ("
					+ OpeningFailure.describe(failure) + ") and cannot be moved aside: " + ex, ex);
		}
	}

	private static void warn(EmbeddedDatabase database, Path aside, Exception failure) {
		logger.warn("The database " + database.files() + " is damaged and cannot be opened: "
				+ OpeningFailure.describe(failure));
		logger.warn("Its files are moved into " + aside + " and the job starts a new database, rebuilt from the"
				+ " input files: this run reads every input file again, which takes as long as a first run");
		logger.warn("What the rebuild loses: the posts of input files deleted since they were read (they were kept"
				+ " only in the database), and the job repository's history (its past runs, and an unfinished run"
				+ " that would have been resumed)");
		logger.warn("Delete " + aside + " once nobody needs to look at the damaged files");
	}

	private static void connect(DataSource dataSource) throws SQLException {
		// HSQLDB reads its files when the first connection opens; the pool keeps it for the next to ask
		dataSource.getConnection().close();
	}

	/** The URL up to its settings, which may hold a password. */
	private static String withoutSettings(String url) {
		String shown = (url.indexOf(';') >= 0) ? url.substring(0, url.indexOf(';')) : url;
		return (shown.indexOf('?') >= 0) ? shown.substring(0, shown.indexOf('?')) : shown;
	}

}
