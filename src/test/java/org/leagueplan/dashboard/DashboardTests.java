package org.leagueplan.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.ProgressHistory;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leaders' dashboard: lights and numbers from reports, every number a link to its
 * list, silent items marked, and a number of SQL statements that does not grow with the
 * data.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class DashboardTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TestClock clock;

	@Autowired
	private DashboardService dashboards;

	@Autowired
	private ProgressHistory history;

	@Autowired
	private PlanJudge judge;

	@Autowired
	private PlanQueries planQueries;

	/**
	 * A fixed day in the middle of the year: every check runs whatever day the tests run
	 * on.
	 */
	@BeforeEach
	void midYear() {
		this.clock.setTo(LocalDate.of(2026, 6, 15), LocalTime.of(10, 0));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void reportsDriveTheLightsAndEveryNumberLinksToItsList() throws Exception {
		PlanRef plan = this.plans.create(1, 2, 1);
		List<ItemRef> items = this.plans.items(plan);
		WebClient office = office();
		TargetRef achieved = this.plans.targets(items.get(0)).get(0);
		TargetRef behind = this.plans.targets(items.get(1)).get(0);
		report(office, achieved, "10", null);
		report(office, behind, "1", "人手不足");

		WebClient leader = loggedIn(Role.LEADER);
		String page = leader.perform(get("/dashboard").param("plan", Long.toString(plan.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"count-RED\"").contains("id=\"overall-completion\">55%<");
		String redLink = page.replaceAll("(?s).*id=\"count-RED\"\\s+href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
		assertThat(redLink).startsWith("/dashboard/items?plan=" + plan.id()).contains("light=RED");
		leader.perform(get(redLink))
			.andExpect(content().string(containsString(items.get(1).heading())))
			.andExpect(content().string(not(containsString(items.get(0).heading()))))
			.andExpect(content().string(containsString("共1项")));
		// its target is reached, but its milestone is still open: on track, not yet
		// achieved
		leader.perform(get("/dashboard/items").param("plan", Long.toString(plan.id())).param("light", "GREEN"))
			.andExpect(content().string(containsString(items.get(0).heading())));
	}

	@Test
	void itemsWithoutReportsForThirtyDaysAreStale() throws Exception {
		PlanRef plan = this.plans.create(1, 2, 1);
		List<ItemRef> items = this.plans.items(plan);
		report(office(), this.plans.targets(items.get(0)).get(0), "9", null);
		WebClient leader = loggedIn(Role.LEADER);
		String asOf = this.clock.today().toString();
		leader
			.perform(get("/dashboard/items").param("plan", Long.toString(plan.id()))
				.param("stale", "true")
				.param("asOf", asOf))
			.andExpect(content().string(containsString(items.get(1).heading())))
			.andExpect(content().string(not(containsString(items.get(0).heading()))));
	}

	/**
	 * A chosen past day shows the plan as it stood then: values as of that day (a report
	 * made late for it counts), the reporting rate of the 30 days ending on it, its
	 * latest reports — not what was made later.
	 */
	@Test
	void aChosenPastDayShowsValuesAsOfItAndOnlyWhatWasReportedByIt() {
		PlanRef plan = this.plans.create(1, 2, 1);
		List<ItemRef> items = this.plans.items(plan);
		long target = this.plans.targets(items.get(0)).get(0).id();
		this.history.restore(plan.id(),
				List.of(past(target, "2", LocalDate.of(2026, 3, 1), "三月初", Instant.parse("2026-03-01T02:00:00Z")),
						past(target, "4", LocalDate.of(2026, 3, 10), "三月补报", Instant.parse("2026-03-20T02:00:00Z")),
						past(target, "10", LocalDate.of(2026, 5, 20), "五月完成", Instant.parse("2026-05-20T02:00:00Z"))),
				List.of(), List.of());

		Dashboard march = this.dashboards.build(plan.id(), onDay(LocalDate.of(2026, 3, 15)));
		Dashboard.ItemStatus first = march.items().get(0);
		assertThat(first.completionPercent()).isEqualTo(40);
		assertThat(first.lastActivity()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
		assertThat(march.recent()).extracting(Dashboard.Recent::narrative).containsExactly("三月初");
		assertThat(march.units().get(0).reportingPercent()).isEqualTo(50);

		// 25 April: the last report was made 36 days before; the one of 20 May is not
		// made yet
		Dashboard april = this.dashboards.build(plan.id(), onDay(LocalDate.of(2026, 4, 25)));
		assertThat(april.units().get(0).reportingPercent()).isZero();
		assertThat(april.items().get(0).completionPercent()).isEqualTo(40);
		assertThat(april.recent()).extracting(Dashboard.Recent::narrative).containsExactly("三月补报", "三月初");

		Dashboard june = this.dashboards.build(plan.id(), onDay(LocalDate.of(2026, 6, 1)));
		assertThat(june.items().get(0).light()).isEqualTo(org.leagueplan.progress.Light.GREEN);
		assertThat(june.items().get(0).completionPercent()).isEqualTo(100);
		assertThat(june.units().get(0).reportingPercent()).isEqualTo(50);
	}

	/**
	 * A target's page reads the judgement the dashboard reads: its light on a day is the
	 * one its plan has then.
	 */
	@Test
	void aTargetIsLitAsItsPlanIsOnEveryDay() {
		PlanRef plan = this.plans.create(1, 2, 1);
		long target = this.plans.targets(this.plans.items(plan).get(0)).get(0).id();
		this.history.restore(plan.id(),
				List.of(past(target, "2", LocalDate.of(2026, 3, 1), "三月初", Instant.parse("2026-03-01T02:00:00Z")),
						past(target, "10", LocalDate.of(2026, 5, 20), "五月完成", Instant.parse("2026-05-20T02:00:00Z"))),
				List.of(), List.of());
		TargetRef ref = this.planQueries.target(target);
		PlanQueries.ItemContext item = this.planQueries.itemContext(ref.itemId());
		for (LocalDate day = LocalDate.of(2026, 1, 1); !day.isAfter(LocalDate.of(2026, 6, 15)); day = day.plusDays(6)) {
			PlanJudgement whole = this.judge.judge(plan.id(), day);
			assertThat(this.judge.target(ref, item, day).light()).as(day.toString())
				.isEqualTo(whole.item(ref.itemId()).judged().targetLights().get(target));
		}
	}

	private static DashboardFilter onDay(LocalDate day) {
		return new DashboardFilter(null, null, null, false, false, day);
	}

	private static PastReport past(long target, String value, LocalDate asOf, String narrative, Instant at) {
		return new PastReport(target, new BigDecimal(value), null, asOf, narrative, null, null, null, null, at,
				List.of());
	}

	@Test
	void dashboardStatementCountDoesNotGrowWithTheData() throws Exception {
		PlanRef small = this.plans.create(2, 3, 1, owners(3));
		PlanRef large = this.plans.create(4, 15, 3, owners(30));
		WebClient office = office();
		for (ItemRef item : this.plans.items(large).subList(0, 10)) {
			report(office, this.plans.targets(item).get(0), "8", null);
		}
		report(office, this.plans.targets(this.plans.items(small).get(0)).get(0), "8", null);
		WebClient leader = loggedIn(Role.LEADER);
		long smallCount = statements(leader, "/dashboard?plan=" + small.id());
		long largeCount = statements(leader, "/dashboard?plan=" + large.id());
		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(statements(leader, "/dashboard/items?light=RED&plan=" + large.id()))
			.isEqualTo(statements(leader, "/dashboard/items?light=RED&plan=" + small.id()));
	}

	/** Distinct item owners, so that loading owners is part of what must not grow. */
	private List<Long> owners(int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> this.users.create(Role.STAFF, Set.of(), false).id())
			.toList();
	}

	private long statements(WebClient browser, String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		browser.perform(get(path)).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private void report(WebClient browser, TargetRef target, String value, String reason) throws Exception {
		var request = multipart("/targets/{id}/progress", target.id()).with(csrf())
			.param("value", value)
			.param("asOf", this.clock.today().toString())
			.param("narrative", "报送")
			// the deadline of the corrective action, asked for when the report leaves the
			// target far behind (the plan's last day: never before today in its year)
			.param("actionDeadline", java.time.LocalDate.of(this.clock.today().getYear(), 12, 31).toString());
		if (reason != null) {
			request.param("reason", reason).param("correctiveAction", "加派人手");
		}
		else {
			request.param("reason", "进度说明").param("correctiveAction", "按计划推进");
		}
		browser.perform(request).andExpect(status().is3xxRedirection());
	}

	private WebClient office() throws Exception {
		WebClient browser = new WebClient(this.mvc);
		browser.login(this.users.create(Role.STAFF, Set.of(), true).username(), TestUsers.PASSWORD);
		return browser;
	}

	private WebClient loggedIn(Role role) throws Exception {
		WebClient browser = new WebClient(this.mvc);
		browser.login(this.users.create(role, Set.of(), false).username(), TestUsers.PASSWORD);
		return browser;
	}

}
