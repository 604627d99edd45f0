package org.leagueplan.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabase;
import org.leagueplan.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup drill: {@code scripts/backup.sh} dumps the filled test database,
 * {@code scripts/restore.sh} restores it into an empty database, and every table has the
 * same rows (count and checksum) in both.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class BackupRestoreDrillTests {

	private static final String DRILL_DATABASE = "leagueplan_restore_drill";

	@Test
	void backupRestoresIntoAnEmptyDatabaseWithEveryRowIntact() throws Exception {
		TestDatabase database = TestDatabase.get();
		URI uri = URI.create(database.url().substring("jdbc:".length()));
		assumeTrue(available("pg_dump") && available("pg_restore"), "pg_dump and pg_restore are not installed");
		Map<String, String> env = Map.of("PGHOST", uri.getHost(), "PGPORT", Integer.toString(uri.getPort()), "PGUSER",
				database.username(), "PGPASSWORD", database.password());
		String sourceName = uri.getPath().substring(1);
		Path dump = Files.createTempFile("leagueplan", ".dump");
		try (Connection admin = DriverManager.getConnection(database.url(), database.username(), database.password());
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DRILL_DATABASE);
			statement.execute("create database " + DRILL_DATABASE);
		}
		try {
			waitForQuiet(database);
			run(env, sourceName, "scripts/backup.sh", dump.toString());
			run(env, DRILL_DATABASE, "scripts/restore.sh", dump.toString());
			String restoredUrl = database.url().replace("/" + sourceName, "/" + DRILL_DATABASE);
			Map<String, String> source = fingerprints(database.url(), database);
			Map<String, String> restored = fingerprints(restoredUrl, database);
			assertThat(source).containsKeys("work_plan", "plan_item", "plan_target", "app_user", "audit_event",
					"progress_report", "flyway_schema_history");
			assertThat(source.get("plan_item")).doesNotStartWith("0:");
			assertThat(restored).isEqualTo(source);
		}
		finally {
			Files.deleteIfExists(dump);
			try (Connection admin = DriverManager.getConnection(database.url(), database.username(),
					database.password()); Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists " + DRILL_DATABASE);
			}
		}
	}

	/**
	 * Each table of the public schema: its row count and an md5 of all its rows in a
	 * fixed order.
	 */
	private static Map<String, String> fingerprints(String url, TestDatabase database) throws SQLException {
		Map<String, String> fingerprints = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(url, database.username(), database.password());
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = statement
				.executeQuery("select tablename from pg_tables where schemaname = 'public' order by tablename")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			// the event publication registry is a work queue, not data: a delivery
			// retried every
			// minute (DeliveryRetry) updates its rows whenever it runs, dump or no dump
			tables.remove("event_publication");
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' "
						+ "order by t::text), '')) from \"" + table + "\" t")) {
					rows.next();
					fingerprints.put(table, rows.getLong(1) + ":" + rows.getString(2));
				}
			}
		}
		return fingerprints;
	}

	/**
	 * Waits until the earlier tests' background work (listeners after commit, notices)
	 * has stopped writing: the inbox's row count unchanged for three seconds.
	 */
	private static void waitForQuiet(TestDatabase database) {
		java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong(-1);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.pollInterval(java.time.Duration.ofSeconds(3))
			.until(() -> {
				try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
						database.password());
						Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select count(*) from inbox_entry")) {
					rows.next();
					return last.getAndSet(rows.getLong(1)) == rows.getLong(1);
				}
			});
	}

	private static void run(Map<String, String> env, String databaseName, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(env);
		builder.environment().put("PGDATABASE", databaseName);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
	}

	private static boolean available(String tool) {
		try {
			return new ProcessBuilder(tool, "--version").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
