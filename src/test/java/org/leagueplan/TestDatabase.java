package org.leagueplan;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run on, chosen once per test JVM: the server named by
 * {@code LEAGUEPLAN_TEST_DB_URL} (with {@code LEAGUEPLAN_TEST_DB_USER} / {@code LEAGUEPLAN_TEST_DB_PASSWORD}) when
 * set; else a PostgreSQL 16 container when a Docker engine is available; else the local server
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres}.
 */
public final class TestDatabase {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static volatile TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static TestDatabase get() {
		if (instance == null) {
			synchronized (TestDatabase.class) {
				if (instance == null) {
					instance = choose();
				}
			}
		}
		return instance;
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
