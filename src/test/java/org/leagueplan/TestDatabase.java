package org.leagueplan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run on, chosen once per test JVM: the server named by
 * {@code LEAGUEPLAN_TEST_DB_URL} (with {@code LEAGUEPLAN_TEST_DB_USER} /
 * {@code LEAGUEPLAN_TEST_DB_PASSWORD}) when set; else a PostgreSQL 16 container when a
 * Docker engine is available; else the local server
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres}.
 * <p>
 * The tests wipe that database, so they run only on one that carries the test marker: the
 * comment {@value #MARKER} on the database
 * ({@code COMMENT ON DATABASE test IS 'leagueplan-test'}). A container's database is
 * marked as it starts; {@code .ci/run} marks the local {@code test} database; any other
 * database is refused before anything in it is touched, with a message saying how to mark
 * it.
 */
public final class TestDatabase {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static volatile TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	/** The comment a database must carry for the tests to wipe it. */
	public static final String MARKER = "leagueplan-test";

	public static TestDatabase get() {
		if (instance == null) {
			synchronized (TestDatabase.class) {
				if (instance == null) {
					TestDatabase chosen = choose();
					chosen.requireMarker();
					instance = chosen;
				}
			}
		}
		return instance;
	}

	/**
	 * Refuses a database that does not carry {@link #MARKER}: the tests drop everything
	 * in it.
	 * @throws IllegalStateException naming the database and how to mark it
	 */
	void requireMarker() {
		String name;
		String comment;
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
				Statement statement = connection.createStatement();
				ResultSet row = statement
					.executeQuery("select current_database(), shobj_description(oid, 'pg_database')"
							+ " from pg_database where datname = current_database()")) {
			row.next();
			name = row.getString(1);
			comment = row.getString(2);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The test database " + this.url + " cannot be reached: " + ex.getMessage(),
					ex);
		}
		if (!MARKER.equals(comment)) {
			throw new IllegalStateException("Refusing to run the tests on database '" + name + "' (" + this.url
					+ "): the tests wipe it, and it does not carry the test marker. If it is a database for tests only,"
					+ " mark it: psql -c \"COMMENT ON DATABASE " + name + " IS '" + MARKER + "'\"; else name another"
					+ " one with LEAGUEPLAN_TEST_DB_URL (docs/testing.md).");
		}
	}

	/** Puts the test marker on the database (a container's, made for the tests). */
	static void mark(String url, String username, String password) {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			try (ResultSet row = statement.executeQuery("select current_database()")) {
				row.next();
				statement.execute("comment on database \"" + row.getString(1) + "\" is '" + MARKER + "'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot mark the test database " + url, ex);
		}
	}

	private static TestDatabase choose() {
		String url = System.getenv("LEAGUEPLAN_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			return new TestDatabase(url, env("LEAGUEPLAN_TEST_DB_USER", "postgres"),
					env("LEAGUEPLAN_TEST_DB_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			mark(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		return new TestDatabase(DEFAULT_URL, "postgres", "");
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

}
