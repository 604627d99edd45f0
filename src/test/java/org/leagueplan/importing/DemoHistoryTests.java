package org.leagueplan.importing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leagueplan.TestDatabase;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.StatusRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's illustrative year of progress, switched on in a context of its own (on
 * PostgreSQL, in a schema of its own, so the other tests' empty history is not touched):
 * most targets have reports by the demo staff of their items' lead units, some items are
 * far behind with reasons and corrective actions, the lights on the year's last day are a
 * mix, evidence links and item updates are there, and a second load from scratch stores
 * the same history.
 */
@SpringBootTest(properties = { "leagueplan.demo-history=true", "leagueplan.admin-password=demo-admin-password" })
@ExtendWith(OutputCaptureExtension.class)
class DemoHistoryTests {

	static final String SCHEMA = "demo_history";

	private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

	@DynamicPropertySource
	static void ownSchema(DynamicPropertyRegistry registry) {
		TestDatabase database = TestDatabase.get();
		registry.add("spring.datasource.url",
				() -> database.url() + (database.url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
		registry.add("spring.flyway.clean-disabled", () -> "false");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CleanSchemaFirst {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

	@AfterAll
	static void dropSchema() throws SQLException {
		TestDatabase database = TestDatabase.get();
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlanQueries plans;

	@Autowired
	private ProgressQueries progress;

	@Autowired
	private Flyway flyway;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void mostTargetsHaveReportsThroughTheYearByTheDemoStaffOfTheLeadUnit() {
		long targets = count("select count(*) from plan_target");
		long reported = count("select count(distinct target_id) from progress_report");
		assertThat(reported).isGreaterThan(targets / 2);
		assertThat(count("select count(*) from progress_report")).isGreaterThanOrEqualTo(30);
		assertThat(this.jdbc.queryForList("select distinct extract(year from as_of)::int from progress_report",
				Integer.class))
			.containsExactly(2023);
		assertThat(count("select count(distinct extract(month from as_of)) from progress_report")).isEqualTo(12);
		// entered the same day as the as-of date or shortly after
		assertThat(count("select count(*) from progress_report where reported_at < as_of "
				+ "or reported_at > as_of + interval '3 days'"))
			.isZero();
		// every report and update by a demo STAFF account of the item's lead unit
		String reporters = """
				select count(*) from %s join plan_item i on i.id = %s
				where not exists (select 1 from app_user u join app_user_unit uu on uu.user_id = u.id
				  join app_user_role r on r.user_id = u.id and r.role = 'STAFF'
				  where u.id = e.reported_by and uu.unit_id = i.lead_unit_id and u.username like 'demo-%%')""";
		assertThat(
				count(reporters.formatted("progress_report e join plan_target t on t.id = e.target_id", "t.item_id")))
			.isZero();
		assertThat(count(reporters.formatted("item_update e", "e.item_id"))).isZero();
		assertThat(count("select count(distinct reported_by) from progress_report")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void someItemsAreFarBehindWithReasonsAndCorrectiveActionsAndTheLightsAreAMix() {
		assertThat(count("select count(*) from progress_report where reason <> '' and corrective_action <> ''"))
			.isGreaterThanOrEqualTo(3);
		PlanData data = this.plans.planData(planId());
		Map<Light, Integer> lights = lightsOn(data, YEAR_END);
		assertThat(lights.getOrDefault(Light.RED, 0)).isGreaterThanOrEqualTo(1);
		assertThat(lights.getOrDefault(Light.ACHIEVED, 0)).isGreaterThanOrEqualTo(data.items().size() / 3);
		assertThat(lights.getOrDefault(Light.RED, 0)).isLessThanOrEqualTo(data.items().size() / 4);
		assertThat(lights.keySet()).hasSizeGreaterThanOrEqualTo(3);
		// mid-year too: not all green, not all red
		Map<Light, Integer> midYear = lightsOn(data, LocalDate.of(2023, 6, 30));
		assertThat(midYear.keySet()).hasSizeGreaterThanOrEqualTo(2);
		// the red targets' latest reports give the reason
		assertThat(count("""
				select count(*) from progress_report r
				where r.reported_at = (select max(reported_at) from progress_report where target_id = r.target_id)
				and r.reason <> '' and r.corrective_action <> ''""")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void reportsAndUpdatesCarryIllustrativeEvidenceLinksAndItemsTheirStatus() {
		assertThat(count("select count(*) from evidence where report_id is not null")).isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from evidence where item_update_id is not null")).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from evidence where url not like 'https://example.org/%'")).isZero();
		assertThat(count("select count(*) from evidence_content")).isZero();
		assertThat(count("select count(distinct item_id) from item_update")).isGreaterThanOrEqualTo(12);
		assertThat(count("select count(*) from item_update where status = 'COMPLETED'")).isGreaterThanOrEqualTo(3);
		// an item's status is that of its last update
		assertThat(count("""
				select count(*) from plan_item i join item_update u on u.item_id = i.id
				where u.reported_at = (select max(reported_at) from item_update where item_id = i.id)
				and u.status <> i.status""")).isZero();
		assertThat(count("select count(*) from plan_milestone where not done")).isZero();
	}

	@Test
	void theDemoAccountsAreAStaffMemberOfTwoUnitsAndALeaderWithOneTimePasswords() {
		assertThat(this.jdbc.queryForList(
				"""
						select string_agg(n.name, ',' order by n.name) from app_user u join app_user_unit uu on uu.user_id = u.id
						join org_unit n on n.id = uu.unit_id where u.username = 'demo-staff'""",
				String.class))
			.containsExactly("宣传部,组织部");
		assertThat(this.jdbc.queryForList("select r.role from app_user u join app_user_role r on r.user_id = u.id "
				+ "where u.username = 'demo-leader'", String.class))
			.containsExactly("LEADER");
		assertThat(count("select count(*) from app_user where username like 'demo-%' and not must_change_password"))
			.isZero();
	}

	@Test
	void aSecondLoadFromScratchStoresTheSameHistoryAndPrintsEachDemoPassword(CapturedOutput output) throws Exception {
		String first = history();
		int before = output.getOut().length();
		this.flyway.clean();
		this.flyway.migrate();
		List<ApplicationRunner> runners = new ArrayList<>(
				this.context.getBeansOfType(ApplicationRunner.class).values());
		AnnotationAwareOrderComparator.sort(runners);
		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(history()).isEqualTo(first);

		Matcher printed = Pattern.compile("Created the demo account '(demo-[a-z]+)' .*one-time password: (\\S+)")
			.matcher(output.getOut().substring(before));
		List<String> accounts = new ArrayList<>();
		while (printed.find()) {
			String hash = this.jdbc.queryForObject("select password_hash from app_user where username = ?",
					String.class, printed.group(1));
			assertThat(this.passwordEncoder.matches(printed.group(2), hash)).isTrue();
			accounts.add(printed.group(1));
		}
		assertThat(accounts).contains("demo-staff", "demo-leader")
			.containsExactlyInAnyOrderElementsOf(
					this.jdbc.queryForList("select username from app_user where username like 'demo-%'", String.class));
	}

	@Test
	void theGeneratedYearIsTheSameForTheSameSeed() {
		DemoPlanLoader.Details details = new DemoPlanLoader.Details(read());
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		assertThat(DemoPlanLoader.year(details, zone)).isEqualTo(DemoPlanLoader.year(details, zone));
	}

	/**
	 * Every report and update with what a person reads in it, by names rather than ids.
	 */
	private String history() {
		List<String> rows = new ArrayList<>();
		rows.addAll(this.jdbc.queryForList(
				"""
						select t.name || '|' || coalesce(r.reported_value::text, '') || '|' || coalesce(r.done::text, '') || '|' || r.as_of
						  || '|' || r.narrative || '|' || coalesce(r.reason, '') || '|' || coalesce(r.corrective_action, '')
						  || '|' || u.username || '|' || r.reported_at
						  || '|' || coalesce((select string_agg(url, ' ' order by url) from evidence e
						                      where e.report_id = r.id), '')
						from progress_report r join plan_target t on t.id = r.target_id join app_user u on u.id = r.reported_by
						order by r.reported_at, t.name""",
				String.class));
		rows.addAll(this.jdbc.queryForList("""
				select i.heading || '|' || x.status || '|' || x.narrative || '|' || u.username || '|' || x.reported_at
				  || '|' || coalesce((select string_agg(url, ' ' order by url) from evidence e
				                      where e.item_update_id = x.id), '')
				from item_update x join plan_item i on i.id = x.item_id join app_user u on u.id = x.reported_by
				order by x.reported_at, i.heading""", String.class));
		rows.addAll(this.jdbc.queryForList("select heading || '|' || status from plan_item order by heading",
				String.class));
		return String.join("\n", rows);
	}

	private Map<Light, Integer> lightsOn(PlanData data, LocalDate day) {
		Map<Long, List<TargetRef>> targets = data.targets().stream().collect(Collectors.groupingBy(TargetRef::itemId));
		Map<Long, List<MilestoneRef>> milestones = data.milestones()
			.stream()
			.collect(Collectors.groupingBy(MilestoneRef::itemId));
		Map<Light, Integer> lights = new EnumMap<>(Light.class);
		for (ItemRef item : data.items()) {
			Light light = StatusRules.item(item, data.plan().year(), targets.getOrDefault(item.id(), List.of()),
					milestones.getOrDefault(item.id(), List.of()), this.progress.latestOfPlanOn(data.plan().id(), day),
					this.progress.plannedOfPlan(data.plan().id()), day, this.progress.settings())
				.light();
			lights.merge(light, 1, Integer::sum);
		}
		return lights;
	}

	private long planId() {
		return this.plans.plans().get(0).id();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static String read() {
		try (var in = DemoHistoryTests.class.getResourceAsStream("/" + DemoPlanLoader.DETAILS)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
