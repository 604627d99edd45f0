package org.leagueplan.quota;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanCloned;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.ProgressQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quotas (任务分解) on PostgreSQL with a fixed clock (2026-06-15 in the committee's zone): a
 * count target of 30 split among two sub-districts, saved and flagged when the amounts do
 * not add up, each unit's staff told in their inbox; units report on their quotas through
 * the one acceptance of reports; the target's value is the sum of its units' values on
 * every day; each quota lit by the target's rule; every refusal says why in Chinese and
 * English and saves nothing; the item's quota page reads a fixed number of statements.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class QuotaTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ProgressQueries progress;

	@Autowired
	private PlanJudge judge;

	@Autowired
	private QuotaBoard board;

	@Autowired
	private PlanQueries planQueries;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	private org.springframework.transaction.support.TransactionTemplate transactions;

	private PlanRef plan;

	private ItemRef item;

	private TargetRef target;

	private UnitRef unitA;

	private UnitRef unitB;

	private TestUser staffAUser;

	private UserDetails staffA;

	private UserDetails staffB;

	private UserDetails itemStaff;

	private UserDetails otherStaff;

	private UserDetails admin;

	private UserDetails leader;

	@BeforeEach
	void setUp() {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		this.plan = this.plans.create(1, 1, 1);
		this.item = this.plans.firstItem(this.plan);
		this.target = this.plans.target(this.item, 2, "社区综合团委示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "家", null, LocalDate.of(2026, 12, 31), null);
		this.unitA = this.plans.unit("甲街道团工委");
		this.unitB = this.plans.unit("乙街道团工委");
		this.staffAUser = this.users.create(Role.STAFF, Set.of(this.unitA.id()), false);
		this.staffA = this.users.principal(this.staffAUser);
		this.staffB = principal(Role.STAFF, Set.of(this.unitB.id()));
		this.itemStaff = principal(Role.STAFF, Set.of(this.item.leadUnitId()));
		this.otherStaff = principal(Role.STAFF, Set.of(this.plans.unit("其他单位").id()));
		this.admin = principal(Role.ADMIN, Set.of());
		this.leader = principal(Role.LEADER, Set.of());
		this.plans.activate(this.plan);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private UserDetails principal(Role role, Set<Long> units) {
		return this.users.principal(this.users.create(role, units, false));
	}

	@Test
	void splitThatDoesNotAddUpIsSavedFlaggedAndTheUnitsAreTold() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "10", this.unitB.id(), "17"))
			.andExpect(flash().attribute("message", "quota.split.saved"));
		assertThat(amounts()).containsEntry(this.unitA.id(), new BigDecimal("10.00"))
			.containsEntry(this.unitB.id(), new BigDecimal("17.00"));
		String flag = "分解合计 27 ≠ 目标 30";
		page(this.leader, "/items/" + this.item.id() + "/quotas").andExpect(content().string(containsString(flag)));
		page(this.itemStaff, "/targets/" + this.target.id() + "/quotas/edit")
			.andExpect(content().string(containsString(flag)));
		page(this.leader, "/dashboard?plan=" + this.plan.id()).andExpect(content().string(containsString(flag)))
			.andExpect(content()
				.string(containsString("id=\"dashboard-quota-" + this.target.id() + "-" + this.unitA.id())));
		page(this.leader, "/items/" + this.item.id() + "/quotas?lang=en")
			.andExpect(content().string(containsString("Quotas add up to 27 ≠ target 30")));
		assertThat(notices(this.staffAUser)).isEqualTo(1);

		// a new amount for A tells A again; the split now adds up and is not flagged
		split(this.itemStaff, Map.of(this.unitA.id(), "13", this.unitB.id(), "17"))
			.andExpect(flash().attribute("message", "quota.split.saved"));
		assertThat(notices(this.staffAUser)).isEqualTo(2);
		page(this.leader, "/items/" + this.item.id() + "/quotas")
			.andExpect(content().string(not(containsString("分解合计"))));

		// the same split again is unchanged, tells nobody
		split(this.itemStaff, Map.of(this.unitA.id(), "13", this.unitB.id(), "17"));
		assertThat(notices(this.staffAUser)).isEqualTo(2);

		// taking B off archives its quota; opening the notice leads to the item's quotas
		split(this.itemStaff, Map.of(this.unitA.id(), "13"));
		assertThat(amounts()).containsOnlyKeys(this.unitA.id());
		assertThat(this.jdbc.sql("select archived from target_quota where target_id = ? and unit_id = ?")
			.param(this.target.id())
			.param(this.unitB.id())
			.query(Boolean.class)
			.single()).isTrue();
		long entry = this.jdbc.sql("select max(id) from inbox_entry where user_id = ? and kind = 'QUOTA_ASSIGNED'")
			.param(this.staffAUser.id())
			.query(Long.class)
			.single();
		as(this.staffA, post("/inbox/{id}/open", entry)).andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/items/" + this.item.id() + "/quotas"));
	}

	@Test
	void badSplitsAreRefusedWithAMessageAndSaveNothing() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "10"));
		Map<Long, BigDecimal> before = amounts();
		long version = splitVersion();
		// negative amount
		splitRows(this.itemStaff, version, "zh", this.unitA.id(), "-1").andExpect(status().isOk());
		// unknown unit, a unit twice
		splitRows(this.itemStaff, version, "zh", 987654321L, "3").andExpect(content().string(containsString("没有这个单位")));
		splitRows(this.itemStaff, version, "en", 987654321L, "3")
			.andExpect(content().string(containsString("There is no such unit")));
		splitRows(this.itemStaff, version, "zh", this.unitA.id(), "3", this.unitA.id(), "4")
			.andExpect(content().string(containsString("同一单位只能分解一次")));
		splitRows(this.itemStaff, version, "en", this.unitA.id(), "3", this.unitA.id(), "4")
			.andExpect(content().string(containsString("A unit can have only one quota per target")));
		// a stale version: the conflict page, nothing saved
		splitRows(this.itemStaff, version - 1, "zh", this.unitA.id(), "12").andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict-table\"")));
		// a percentage target is not split
		TargetRef percentage = this.plans.percentageTarget(this.item);
		as(this.itemStaff,
				post("/targets/{id}/quotas", percentage.id()).param("version", "0")
					.param("rows[0].unitId", Long.toString(this.unitA.id()))
					.param("rows[0].amount", "3"))
			.andExpect(content().string(containsString("只有数量类指标可以分解到各单位")));
		// staff of another unit and leaders may not split
		splitRows(this.otherStaff, version, "zh", this.unitA.id(), "12").andExpect(status().isForbidden());
		splitRows(this.leader, version, "zh", this.unitA.id(), "12").andExpect(status().isForbidden());
		assertThat(amounts()).isEqualTo(before);
		assertThat(splitVersion()).isEqualTo(version);
		assertThat(this.jdbc.sql("select count(*) from target_quota where target_id = ?")
			.param(percentage.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void negativeAmountSaysWhyInBothLanguages() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "10"));
		long version = splitVersion();
		String zh = splitRows(this.itemStaff, version, "zh", this.unitA.id(), "-1").andReturn()
			.getResponse()
			.getContentAsString();
		String en = splitRows(this.itemStaff, version, "en", this.unitA.id(), "-1").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zh).contains("invalid-feedback").doesNotContain("??");
		assertThat(en).contains("At least 0").doesNotContain("??");
		assertThat(amounts()).containsEntry(this.unitA.id(), new BigDecimal("10.00"));
	}

	@Test
	void unitsReportOnTheirQuotasAndTheTargetIsTheirSumOnEveryDay() throws Exception {
		long auditedBefore = this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
		split(this.itemStaff, Map.of(this.unitA.id(), "15", this.unitB.id(), "15"));
		report(this.staffA, this.unitA, "4", "2026-03-31")
			.andExpect(flash().attribute("message", "quota.report.saved"));
		report(this.staffB, this.unitB, "2", "2026-04-30");
		report(this.staffA, this.unitA, "9", "2026-06-10");
		// made today, late, for an earlier day: counts on that day, not before
		report(this.staffB, this.unitB, "5", "2026-05-31");
		// an older as-of day than A's latest does not replace it
		report(this.admin, this.unitA, "6", "2026-05-01");

		Map<LocalDate, String> expected = new LinkedHashMap<>();
		expected.put(LocalDate.of(2026, 3, 30), "0");
		expected.put(LocalDate.of(2026, 3, 31), "4");
		expected.put(LocalDate.of(2026, 4, 30), "6");
		expected.put(LocalDate.of(2026, 5, 1), "8");
		expected.put(LocalDate.of(2026, 5, 31), "11");
		expected.put(LocalDate.of(2026, 6, 15), "14");
		expected.forEach((day, value) -> {
			BigDecimal targetValue = this.progress.latestOfPlanOn(this.plan.id(), day).get(this.target.id()).value();
			BigDecimal unitSum = this.progress.unitValuesOfPlanOn(this.plan.id(), day)
				.get(this.target.id())
				.values()
				.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(targetValue).as("target on %s", day).isEqualByComparingTo(value);
			assertThat(unitSum).as("units on %s", day).isEqualByComparingTo(targetValue);
			assertThat(this.progress.latestOfTargetOn(this.target.id(), day).value()).isEqualByComparingTo(value);
		});
		assertThat(this.progress.unitValuesOfPlanOn(this.plan.id(), TODAY).get(this.target.id()))
			.containsEntry(this.unitA.id(), new BigDecimal("9.00"))
			.containsEntry(this.unitB.id(), new BigDecimal("5.00"));
		assertThat(this.progress.isCounted(this.target.id())).isTrue();
		page(this.leader, "/items/" + this.item.id() + "/quotas")
			.andExpect(content().string(containsString("14 / 30家")))
			.andExpect(content().string(containsString("9 / 15")));
		// the split and every report are in the audit log
		assertThat(this.jdbc.sql("select kind from audit_event where kind like 'QUOTA%' and id > ? order by id")
			.param(auditedBefore)
			.query(String.class)
			.list()).containsExactly("QUOTA_SPLIT", "QUOTA_REPORTED", "QUOTA_REPORTED", "QUOTA_REPORTED",
					"QUOTA_REPORTED", "QUOTA_REPORTED");
	}

	@Test
	void quotasAreLitByTheTargetsRule() throws Exception {
		// 2026-01-01 .. 2026-12-31, judged on 2026-06-15: 165 of 364 days, so a quota of
		// 10 is expected at 4.53; the yellow threshold is 10 (% of the quota)
		split(this.itemStaff, Map.of(this.unitA.id(), "10", this.unitB.id(), "20"));
		report(this.staffA, this.unitA, "4", "2026-06-01");
		report(this.staffB, this.unitB, "2", "2026-06-01");
		var quotas = this.board
			.ofPlan(this.planQueries.planData(this.plan.id()), this.judge.judge(this.plan.id(), TODAY))
			.get(this.target.id());
		var a = quotas.units().stream().filter(u -> u.unitId() == this.unitA.id()).findFirst().orElseThrow();
		var b = quotas.units().stream().filter(u -> u.unitId() == this.unitB.id()).findFirst().orElseThrow();
		assertThat(a.expected()).isEqualByComparingTo("4.53");
		// A: 4.53 - 4 = 0.53 behind, 5.3% of 10: yellow
		assertThat(a.light()).isEqualTo(Light.YELLOW);
		// B: expected 9.07, 2 done, 35% of 20 behind: red
		assertThat(b.light()).isEqualTo(Light.RED);
		assertThat(a.percent()).isEqualTo(40);
		report(this.staffA, this.unitA, "10", "2026-06-15");
		var after = this.board
			.ofPlan(this.planQueries.planData(this.plan.id()), this.judge.judge(this.plan.id(), TODAY))
			.get(this.target.id());
		assertThat(after.units().stream().filter(u -> u.unitId() == this.unitA.id()).findFirst().orElseThrow().light())
			.isEqualTo(Light.ACHIEVED);
		assertThat(after.value()).isEqualByComparingTo("12");
	}

	@Test
	void refusedReportsSayWhyAndSaveNothing() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "15", this.unitB.id(), "15"));
		// another unit's staff, the item's staff, a leader
		report(this.staffB, this.unitA, "3", "2026-06-01").andExpect(status().isForbidden())
			.andExpect(content().string(containsString("只有本单位人员（或系统管理员）可以填报这项分解任务")));
		as(this.staffB,
				post("/targets/{t}/quotas/{u}/report?lang=en", this.target.id(), this.unitA.id()).param("value", "3")
					.param("asOf", "2026-06-01"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only the unit")));
		report(this.itemStaff, this.unitA, "3", "2026-06-01").andExpect(status().isForbidden());
		report(this.leader, this.unitA, "3", "2026-06-01").andExpect(status().isForbidden());
		// a day outside the plan's year, a day after today, no value, a negative value
		report(this.staffA, this.unitA, "3", "2025-12-31")
			.andExpect(content().string(containsString("截至日期须在计划年度（2026年）内")));
		reportEn(this.staffA, this.unitA, "3", "2025-12-31")
			.andExpect(content().string(containsString("The date must lie within the plan year (2026)")));
		report(this.staffA, this.unitA, "3", "2026-06-16").andExpect(content().string(containsString("截至日期不能晚于今天")));
		reportEn(this.staffA, this.unitA, "3", "2026-06-16")
			.andExpect(content().string(containsString("The date cannot be in the future")));
		report(this.staffA, this.unitA, "", "2026-06-01").andExpect(content().string(containsString("请填写完成值")));
		reportEn(this.staffA, this.unitA, "-2", "2026-06-01").andExpect(content().string(containsString("At least 0")));
		// a unit taken off the split
		split(this.itemStaff, Map.of(this.unitA.id(), "15"));
		report(this.staffB, this.unitB, "3", "2026-06-01").andExpect(content().string(containsString("这个单位的分解任务已取消")));
		assertThat(this.jdbc
			.sql("select count(*) from quota_report r join target_quota q on q.id = r.quota_id "
					+ "where q.target_id = ?")
			.param(this.target.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void plainReportOnASplitTargetIsRefused() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "15", this.unitB.id(), "15"));
		as(this.itemStaff,
				multipart("/targets/{id}/progress", this.target.id()).param("value", "12")
					.param("asOf", TODAY.toString())
					.param("narrative", "直接填报"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能直接填报")));
		assertThat(this.jdbc.sql("select count(*) from progress_report where target_id = ?")
			.param(this.target.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void itemQuotaPageStatementCountDoesNotGrowWithTheUnits() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "15", this.unitB.id(), "15"));
		report(this.staffA, this.unitA, "3", "2026-06-01");
		long small = statements(this.leader, "/items/" + this.item.id() + "/quotas");
		long dashboardSmall = statements(this.leader, "/dashboard?plan=" + this.plan.id());
		Map<Long, String> many = new LinkedHashMap<>();
		many.put(this.unitA.id(), "15");
		many.put(this.unitB.id(), "15");
		for (int i = 0; i < 10; i++) {
			UnitRef unit = this.plans.unit("街道 " + i);
			many.put(unit.id(), "3");
		}
		split(this.itemStaff, many);
		TargetRef second = this.plans.target(this.item, 3, "青年之家", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "个", null, LocalDate.of(2026, 12, 31), null);
		splitOf(this.itemStaff, second, many);
		report(this.admin, this.unitA, "5", "2026-06-02");
		report(this.staffB, this.unitB, "4", "2026-06-02");
		assertThat(statements(this.leader, "/items/" + this.item.id() + "/quotas")).isEqualTo(small);
		assertThat(statements(this.leader, "/dashboard?plan=" + this.plan.id())).isEqualTo(dashboardSmall);
	}

	@Test
	void aPlanCopiedIntoANewYearTakesItsQuotasRaisedAndRoundedUp() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "10", this.unitB.id(), "20"));
		PlanRef next = this.plans.create(1, 1, 0);
		ItemRef nextItem = this.plans.firstItem(next);
		TargetRef nextTarget = this.plans.target(nextItem, 1, "社区综合团委示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("33"), "家", null, LocalDate.of(2026, 12, 31), null);
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new PlanCloned(this.plan.id(), next.id(), Map.of(this.item.id(), nextItem.id()),
					Map.of(this.target.id(), nextTarget.id()), new BigDecimal("10"))));
		Map<Long, BigDecimal> copied = new LinkedHashMap<>();
		this.jdbc.sql("select unit_id, amount from target_quota where target_id = ? and plan_id = ?")
			.param(nextTarget.id())
			.param(next.id())
			.query((rs, n) -> copied.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		// 10 + 10 % = 11, 20 + 10 % = 22: they add up to 33
		assertThat(copied).containsEntry(this.unitA.id(), new BigDecimal("11.00"))
			.containsEntry(this.unitB.id(), new BigDecimal("22.00"));
		assertThat(QuotaCloning.raised(new BigDecimal("3"), new BigDecimal("105"))).isEqualByComparingTo("4");
		// the source's quotas stay as they were
		assertThat(amounts()).containsEntry(this.unitA.id(), new BigDecimal("10.00"));
	}

	@Test
	void myWorkListsTheUnitsQuotasNotMetYet() throws Exception {
		split(this.itemStaff, Map.of(this.unitA.id(), "3", this.unitB.id(), "27"));
		String line = "id=\"my-quota-" + this.target.id() + "-" + this.unitA.id() + "\"";
		page(this.staffA, "/my-work").andExpect(content().string(containsString(line)))
			.andExpect(content().string(not(containsString("my-quota-" + this.target.id() + "-" + this.unitB.id()))));
		report(this.staffA, this.unitA, "3", "2026-06-10");
		page(this.staffA, "/my-work").andExpect(content().string(not(containsString(line))));
	}

	private long statements(UserDetails person, String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		page(person, path).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private ResultActions page(UserDetails person, String path) throws Exception {
		return as(person, get(path));
	}

	private ResultActions as(UserDetails person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.with(csrf());
		if (person != null) {
			request.with(user(person));
		}
		return this.mvc.perform(request);
	}

	private ResultActions split(UserDetails person, Map<Long, String> amounts) throws Exception {
		return splitOf(person, this.target, amounts);
	}

	private ResultActions splitOf(UserDetails person, TargetRef target, Map<Long, String> amounts) throws Exception {
		MockHttpServletRequestBuilder request = post("/targets/{id}/quotas", target.id()).param("version",
				Long.toString(splitVersion(target)));
		int i = 0;
		for (Map.Entry<Long, String> amount : amounts.entrySet()) {
			request.param("rows[" + i + "].unitId", Long.toString(amount.getKey()))
				.param("rows[" + i + "].amount", amount.getValue());
			i++;
		}
		return as(person, request).andExpect(status().is3xxRedirection());
	}

	/**
	 * A split of unit and amount pairs, in the given language, with the given version.
	 */
	private ResultActions splitRows(UserDetails person, long version, String lang, Object... pairs) throws Exception {
		MockHttpServletRequestBuilder request = post("/targets/{id}/quotas", this.target.id())
			.param("version", Long.toString(version))
			.param("lang", lang);
		for (int i = 0; i < pairs.length; i += 2) {
			request.param("rows[" + (i / 2) + "].unitId", pairs[i].toString())
				.param("rows[" + (i / 2) + "].amount", pairs[i + 1].toString());
		}
		return as(person, request);
	}

	private ResultActions report(UserDetails person, UnitRef unit, String value, String asOf) throws Exception {
		return as(person,
				post("/targets/{t}/quotas/{u}/report", this.target.id(), unit.id()).param("value", value)
					.param("asOf", asOf)
					.param("note", "新建示范点"));
	}

	private ResultActions reportEn(UserDetails person, UnitRef unit, String value, String asOf) throws Exception {
		return as(person,
				post("/targets/{t}/quotas/{u}/report", this.target.id(), unit.id()).param("value", value)
					.param("asOf", asOf)
					.param("lang", "en"));
	}

	private long splitVersion() {
		return splitVersion(this.target);
	}

	private long splitVersion(TargetRef target) {
		return this.jdbc.sql("select coalesce(sum(version + 1), 0) from target_quota where target_id = ?")
			.param(target.id())
			.query(Long.class)
			.single();
	}

	private Map<Long, BigDecimal> amounts() {
		Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
		this.jdbc.sql("select unit_id, amount from target_quota where target_id = ? and not archived")
			.param(this.target.id())
			.query((rs, n) -> amounts.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return amounts;
	}

	private long notices(TestUser person) {
		return this.jdbc.sql("select count(*) from inbox_entry where user_id = ? and kind = 'QUOTA_ASSIGNED'")
			.param(person.id())
			.query(Long.class)
			.single();
	}

}
