package org.socialreports.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One run at a time on a database that several hosts may share: on PostgreSQL, an advisory
 * lock that a connection of its own holds from before the tables are looked at until the run
 * ends. The server lets it go when that connection ends, with its process, even by
 * {@code kill -9} or a host lost (once the server sees the connection gone), so an execution
 * left STARTED in a database whose lock this run holds belongs to no live run, and recovering it
 * is safe. The embedded HSQLDB is one host's: its file lock ({@link RunLock}) serves; here
 * nothing is held.
 */
final class DatabaseRunLock implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(DatabaseRunLock.class);

	/** The lock's first key, the job's; its second is its schema's, so two schemas have a lock each. */
	static final int JOB_KEY = "social-strategy-reports".hashCode();

	private static final String HOLDER = """
			SELECT a.application_name, a.client_addr, a.backend_start FROM pg_locks l
				LEFT JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ?
				AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())""";

	private final Connection connection;

	private DatabaseRunLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock of the data source's database and schema, when it is PostgreSQL.
	 * @throws CannotOpenDatabaseException with exit code 3 when another run holds it
	 */
	static DatabaseRunLock take(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				connection.close();
				return new DatabaseRunLock(null);
			}
			connection.setAutoCommit(true);
			String schema = connection.getSchema();
			try (Statement statement = connection.createStatement()) {
				// what pg_stat_activity shows the run that finds the lock taken
				statement.execute("SET application_name = '" + ("social-strategy-reports " + ProcessHandle.current().pid()
						+ "@" + hostName()).replace("'", "") + "'");
			}
			try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
				lock.setInt(1, JOB_KEY);
				lock.setInt(2, schema.hashCode());
				try (ResultSet rs = lock.executeQuery()) {
					rs.next();
					if (!rs.getBoolean(1)) {
						String holder = holder(connection, schema).orElse("another session");
						throw new CannotOpenDatabaseException("another run holds the lock of the database "
								+ withoutParameters(connection.getMetaData().getURL()) + " (schema " + schema + "): "
								+ holder + "; not started", null, ExitCodes.LOCKED);
					}
				}
			}
			logger.debug("Holding the run lock of the database, schema " + schema);
			return new DatabaseRunLock(connection);
		}
		catch (SQLException | RuntimeException ex) {
			if (!connection.isClosed()) {
				connection.close();
			}
			throw ex;
		}
	}

	/** Who holds the lock of this schema, as the server knows the session: empty when no one does. */
	static Optional<String> holder(Connection connection, String schema) throws SQLException {
		try (PreparedStatement holder = connection.prepareStatement(HOLDER)) {
			holder.setLong(1, Integer.toUnsignedLong(JOB_KEY));
			holder.setLong(2, Integer.toUnsignedLong(schema.hashCode()));
			try (ResultSet rs = holder.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				String name = rs.getString(1);
				String from = rs.getString(2);
				String since = rs.getString(3);
				return Optional.of(((name != null && !name.isEmpty()) ? name : "a session")
						+ ((from != null) ? " from " + from : "") + ((since != null) ? ", connected since " + since : ""));
			}
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "?";
		}
	}

	// a password may be given in the address's parameters
	private static String withoutParameters(String url) {
		return (url.indexOf('?') >= 0) ? url.substring(0, url.indexOf('?')) : url;
	}

	@Override
	public void close() throws SQLException {
		if (this.connection != null) {
			// the pool keeps the session, and would keep the lock with it
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("SELECT pg_advisory_unlock_all()");
				statement.execute("RESET application_name");
			}
			finally {
				this.connection.close();
			}
		}
	}

}
