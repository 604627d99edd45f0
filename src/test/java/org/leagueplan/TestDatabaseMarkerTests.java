package org.leagueplan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tests wipe their database, so they refuse one that does not carry the test marker —
 * before touching anything in it — and say how to mark it.
 */
class TestDatabaseMarkerTests {

	private final TestDatabase tests = TestDatabase.get();

	@Test
	void theDatabaseTheTestsRunOnCarriesTheMarker() throws Exception {
		assertThat(comment(this.tests.url())).isEqualTo(TestDatabase.MARKER);
	}

	@Test
	void anUnmarkedDatabaseIsRefusedWithHowToMarkItAndKeepsWhatItHolds() throws Exception {
		String name = "leagueplan_unmarked_" + UUID.randomUUID().toString().substring(0, 8);
		execute(this.tests.url(), "create database " + name);
		try {
			String url = withDatabase(this.tests.url(), name);
			execute(url, "create table kept (id int); insert into kept values (1)");
			TestDatabase unmarked = new TestDatabase(url, this.tests.username(), this.tests.password());

			assertThatThrownBy(unmarked::requireMarker).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("'" + name + "'")
				.hasMessageContaining("COMMENT ON DATABASE " + name + " IS 'leagueplan-test'");
			assertThat(count(url, "select count(*) from kept")).isEqualTo(1);

			execute(url, "comment on database " + name + " is 'something else'");
			assertThatThrownBy(unmarked::requireMarker).isInstanceOf(IllegalStateException.class);

			TestDatabase.mark(url, this.tests.username(), this.tests.password());
			unmarked.requireMarker();
		}
		finally {
			execute(this.tests.url(), "drop database if exists " + name);
		}
	}

	/** The URL with another database name in its path, its parameters kept. */
	static String withDatabase(String url, String database) {
		return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
	}

	private String comment(String url) throws Exception {
		try (Connection connection = connect(url);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(
						"select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()")) {
			row.next();
			return row.getString(1);
		}
	}

	private long count(String url, String sql) throws Exception {
		try (Connection connection = connect(url);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private void execute(String url, String sql) throws Exception {
		try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private Connection connect(String url) throws Exception {
		return DriverManager.getConnection(url, this.tests.username(), this.tests.password());
	}

}
