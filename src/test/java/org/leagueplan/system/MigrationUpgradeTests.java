package org.leagueplan.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrades keep data: the schema of an earlier release (migrations up to V2) is filled,
 * the later migrations are applied, and every row is still there; a form's result kept as
 * an address becomes a kind and an id. An old migration edited after release is refused
 * at start.
 */
class MigrationUpgradeTests {

	private static final String SCHEMA = "upgrade_drill";

	private final TestDatabase database = TestDatabase.get();

	private final DriverManagerDataSource dataSource = new DriverManagerDataSource(this.database.url(),
			this.database.username(), this.database.password());

	@AfterEach
	void dropSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database.url(), this.database.username(),
				this.database.password()); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Test
	void upgradingFromTheEarlierReleaseKeepsEveryRow() {
		flyway("classpath:db/migration").target("2").load().migrate();
		String url = this.database.url() + (this.database.url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(url, this.database.username(), this.database.password()));
		jdbc.update("insert into org_unit (name, kind) values ('组织部', 'OFFICE')");
		jdbc.update(
				"insert into work_plan (plan_year, title, organization, status) values (2023, '计划', '团委', 'ACTIVE')");
		jdbc.update("insert into plan_section (plan_id, title) select id, '部分' from work_plan");
		jdbc.update("insert into plan_item (section_id, heading, status) select id, '事项' || g, 'IN_PROGRESS' "
				+ "from plan_section, generate_series(1, 20) g");
		jdbc.update("insert into plan_target (item_id, name, kind, comparator, target_value) "
				+ "select id, '指标', 'COUNT', 'AT_LEAST', 30 from plan_item");
		jdbc.update("insert into app_user (username, display_name, password_hash, created_at) "
				+ "values ('zhangsan', '张三', 'x', now())");
		jdbc.update("insert into audit_event (occurred_at, kind, subject) values (now(), 'LOGIN_SUCCESS', 'zhangsan')");
		String before = snapshot(jdbc);

		flyway("classpath:db/migration").load().migrate();

		assertThat(snapshot(jdbc)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select max(version::int) from flyway_schema_history", Integer.class))
			.isGreaterThan(2);
		assertThat(jdbc.queryForObject("select count(*) from status_settings", Integer.class)).isEqualTo(1);
	}

	/**
	 * A create form's result was kept as an address until V6; V7 keeps what it led to, as
	 * a kind and an id, and drops the address. The page a repeated submit lands on is the
	 * same: {@code /plans/N} is the plan N, {@code /items/N} the item N, {@code /units}
	 * the unit list ({@code PlanEditingFlowTests} replays such rows).
	 */
	@Test
	void formResultsKeptAsAddressesBecomeAKindAndAnId() {
		flyway("classpath:db/migration").target("6").load().migrate();
		JdbcTemplate jdbc = jdbc();
		jdbc.update("insert into form_submission (token, result_path, submitted_at) values "
				+ "('plan-token', '/plans/12', now()), ('item-token', '/items/345', now()), "
				+ "('unit-token', '/units', now()), ('odd-token', '/plans/12x', now())");

		flyway("classpath:db/migration").load().migrate();

		assertThat(jdbc.queryForList("select token, result_kind, result_id from form_submission order by token"))
			.extracting(row -> row.get("token") + " " + row.get("result_kind") + " " + row.get("result_id"))
			.containsExactly("item-token ITEM 345", "plan-token PLAN 12", "unit-token UNITS null");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = '" + SCHEMA
				+ "' and table_name = 'form_submission' and column_name = 'result_path'", Integer.class))
			.isZero();
	}

	private JdbcTemplate jdbc() {
		String url = this.database.url() + (this.database.url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
		return new JdbcTemplate(new DriverManagerDataSource(url, this.database.username(), this.database.password()));
	}

	@Test
	void anEditedOldMigrationIsRefused() throws IOException {
		flyway("classpath:db/migration").load().migrate();
		Path edited = Files.createTempDirectory("migrations");
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.toList()) {
				Files.copy(file, edited.resolve(file.getFileName()));
			}
		}
		Path first = edited.resolve("V1__plan_and_accounts.sql");
		Files.writeString(first, Files.readString(first) + "\n-- edited after release\n");
		assertThatThrownBy(() -> flyway("filesystem:" + edited).load().migrate())
			.isInstanceOf(FlywayValidateException.class)
			.hasMessageContaining("checksum mismatch");
	}

	private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String location) {
		return Flyway.configure().dataSource(this.dataSource).schemas(SCHEMA).createSchemas(true).locations(location);
	}

	/** Row counts of the data filled in, as one string. */
	private static String snapshot(JdbcTemplate jdbc) {
		// app_user's columns as of V2 (V12 adds e-mail addresses: a new column, empty,
		// not a changed row); likewise the links of a plan copied into a new year (V22:
		// work_plan.source_plan_id, plan_target.source_target_id), empty on every
		// earlier row, are left out of each row's text
		return Stream.of("org_unit", "work_plan", "plan_section", "plan_item", "plan_target",
				"(select id, username, display_name, password_hash, enabled, created_at from app_user)", "audit_event")
			.map(table -> table + "="
					+ jdbc.queryForObject("select count(*) || ':' || md5(coalesce(string_agg(r, '|' order by r), '')) "
							+ "from (select (to_jsonb(t) - array['source_plan_id', 'source_target_id'])::text r from "
							+ table + " t) rows", String.class))
			.reduce("", (a, b) -> a + b + ";");
	}

}
