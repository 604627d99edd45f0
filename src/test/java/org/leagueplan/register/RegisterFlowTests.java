package org.leagueplan.register;

import java.math.BigDecimal;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.PlanJudge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

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
 * A register on PostgreSQL with a fixed clock, as people use it: set up on a count
 * target, entries made, accepted, returned and resubmitted, withdrawn — the target's
 * value (the one judgement) following the accepted entries; every refusal (not a count
 * target, a unit not one's own, a date outside the year or in the future, a bad custom
 * value, a stale version, one's own entry) shown in Chinese and English and saving
 * nothing; the report form refused on a register-backed target; the register page and the
 * dashboard reading a fixed number of statements whatever the number of entries.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class RegisterFlowTests {

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
	private PlanJudge judge;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RegisterEntryRepository entries;

	@Autowired
	private RegisterRepository registers;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private RegisterQueries queries;

	@Autowired
	private org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	private org.springframework.transaction.support.TransactionTemplate transactions;

	private PlanRef plan;

	private ItemRef item;

	private TargetRef target;

	private long unit;

	private long otherUnit;

	private UserDetails admin;

	private UserDetails staff;

	private UserDetails reviewer;

	private UserDetails leader;

	@BeforeEach
	void setUp() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		this.plan = this.plans.create(1, 1, 1);
		this.item = this.plans.firstItem(this.plan);
		this.target = this.plans.targets(this.item).get(0);
		this.unit = this.item.leadUnitId();
		this.otherUnit = this.plans.unit("其他单位 " + this.plan.id()).id();
		this.admin = principal(Role.ADMIN, Set.of());
		this.staff = principal(Role.STAFF, Set.of(this.unit));
		TestUser reviewerUser = this.users.create(Role.STAFF, Set.of(this.unit), false);
		this.reviewer = this.users.principal(reviewerUser);
		this.leader = principal(Role.LEADER, Set.of());
		as(this.admin, post("/plans/{p}/reviewers", this.plan.id()).param("userId", Long.toString(reviewerUser.id())))
			.andExpect(flash().attribute("message", "review.reviewers.added"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private UserDetails principal(Role role, Set<Long> units) {
		return this.users.principal(this.users.create(role, units, false));
	}

	private ResultActions as(UserDetails person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(person)));
	}

	private void reviewOn() {
		this.jdbc.sql("insert into plan_review_setting (plan_id, enabled, version) values (?, true, 0)")
			.param(this.plan.id())
			.update();
	}

	private long setUpRegister() throws Exception {
		as(this.admin, post("/targets/{t}/register", this.target.id()).param("name", "示范点台账"))
			.andExpect(flash().attribute("message", "register.setUp.done"));
		return this.registers.findByTargetId(this.target.id()).orElseThrow().getId();
	}

	private AbstractMockHttpServletRequestBuilder<?> entry(long registerId, String name, long unitId, LocalDate date) {
		return multipart("/registers/{r}/entries", registerId).param("name", name)
			.param("unitId", Long.toString(unitId))
			.param("entryDate", date.toString())
			.param("place", "青年社区");
	}

	private long make(UserDetails person, long registerId, String name) throws Exception {
		MvcResult made = as(person, entry(registerId, name, this.unit, TODAY.minusDays(10)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = made.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private RegisterEntry stored(long entryId) {
		return this.entries.findById(entryId).orElseThrow();
	}

	private long value(LocalDate day) {
		return this.judge.judge(this.plan.id(), day).latest().get(this.target.id()).value().longValueExact();
	}

	private long entryCount() {
		return this.jdbc.sql("select count(*) from register_entry where plan_id = ?")
			.param(this.plan.id())
			.query(Long.class)
			.single();
	}

	private List<String> auditKinds() {
		return this.jdbc.sql("select kind from audit_event where kind like 'REGISTER%' order by id")
			.query(String.class)
			.list();
	}

	@Test
	void anEntryWaitsForAReviewerAndCountsOnceAccepted() throws Exception {
		reviewOn();
		long registerId = setUpRegister();
		assertThat(value(TODAY)).isZero();
		MvcResult made = as(this.staff, entry(registerId, "阳光社区示范点", this.unit, TODAY.minusDays(10)))
			.andExpect(flash().attribute("message", "register.entry.pending"))
			.andReturn();
		String url = made.getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		assertThat(stored(id).getState()).isEqualTo(EntryState.PENDING);
		assertThat(value(TODAY)).isZero();
		as(this.reviewer,
				post("/register-entries/{e}/accept", id).param("version", Long.toString(stored(id).getVersion())))
			.andExpect(flash().attribute("message", "register.entry.accepted"));
		assertThat(stored(id).getState()).isEqualTo(EntryState.ACCEPTED);
		assertThat(value(TODAY)).isEqualTo(1);
		// counted for its own date, not before
		assertThat(value(TODAY.minusDays(10))).isEqualTo(1);
		assertThat(value(TODAY.minusDays(11))).isZero();
		as(this.staff, get("/targets/{t}/progress", this.target.id()))
			.andExpect(content().string(containsString("id=\"target-counted\"")))
			.andExpect(content().string(not(containsString("id=\"report-form\""))));
		as(this.leader, get("/registers/{r}", registerId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("entry-" + id)))
			.andExpect(content().string(containsString("阳光社区示范点")));
		as(this.leader, get("/register-entries/{e}", id)).andExpect(status().isOk());
		as(this.leader, get("/dashboard?plan=" + this.plan.id())).andExpect(status().isOk());
		assertThat(auditKinds()).contains("REGISTER_SET_UP", "REGISTER_ENTRY_SUBMITTED", "REGISTER_ENTRY_ACCEPTED");
	}

	@Test
	void aReturnedEntryIsRevisedAndResubmitted() throws Exception {
		reviewOn();
		long registerId = setUpRegister();
		long id = make(this.staff, registerId, "典型案例");
		as(this.reviewer,
				post("/register-entries/{e}/return", id).param("version", Long.toString(stored(id).getVersion())))
			.andExpect(flash().attribute("problem", "register.problem.REASON_REQUIRED"));
		assertThat(stored(id).getState()).isEqualTo(EntryState.PENDING);
		as(this.reviewer,
				post("/register-entries/{e}/return", id).param("version", Long.toString(stored(id).getVersion()))
					.param("reason", "缺少照片"))
			.andExpect(flash().attribute("message", "register.entry.returned"));
		assertThat(stored(id).getState()).isEqualTo(EntryState.RETURNED);
		as(this.staff, get("/register-entries/{e}/edit", id)).andExpect(content().string(containsString("缺少照片")));
		as(this.staff,
				multipart("/register-entries/{e}/edit", id).param("name", "典型案例（补充）")
					.param("unitId", Long.toString(this.unit))
					.param("entryDate", TODAY.toString())
					.param("version", Long.toString(stored(id).getVersion())))
			.andExpect(flash().attribute("message", "register.entry.saved"));
		assertThat(stored(id).getState()).isEqualTo(EntryState.PENDING);
		assertThat(value(TODAY)).isZero();
		as(this.reviewer,
				post("/register-entries/{e}/accept", id).param("version", Long.toString(stored(id).getVersion())));
		assertThat(value(TODAY)).isEqualTo(1);
		assertThat(auditKinds()).contains("REGISTER_ENTRY_RETURNED", "REGISTER_ENTRY_RESUBMITTED");
	}

	@Test
	void whereReviewIsOffAnEntryCountsAtOnceUntilWithdrawn() throws Exception {
		long registerId = setUpRegister();
		MvcResult made = as(this.staff, entry(registerId, "志愿服务项目", this.unit, TODAY))
			.andExpect(flash().attribute("message", "register.entry.saved"))
			.andReturn();
		String url = made.getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		assertThat(stored(id).getState()).isEqualTo(EntryState.ACCEPTED);
		assertThat(value(TODAY)).isEqualTo(1);
		as(this.reviewer,
				post("/register-entries/{e}/withdraw", id).param("version", Long.toString(stored(id).getVersion()))
					.param("reason", "重复登记"))
			.andExpect(flash().attribute("message", "register.entry.withdrawn"));
		assertThat(stored(id).getState()).isEqualTo(EntryState.WITHDRAWN);
		assertThat(value(TODAY)).isZero();
		assertThat(value(LocalDate.of(TODAY.getYear(), 12, 31))).isZero();
		// a person may not withdraw: only a reviewer or ADMIN
		as(this.staff, post("/register-entries/{e}/withdraw", id).param("version", "0").param("reason", "x"))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh_CN", "en" })
	void everyRefusalIsToldInThePersonsLanguageAndSavesNothing(String language) throws Exception {
		boolean zh = language.startsWith("zh");
		reviewOn();
		long registerId = setUpRegister();
		// a register only on a count target
		TargetRef percentage = this.plans.percentageTarget(this.item);
		as(this.admin, post("/targets/{t}/register", percentage.id()))
			.andExpect(flash().attribute("problem", "register.problem.NOT_COUNT"));
		as(this.admin,
				get("/targets/{t}/register", percentage.id()).param("lang", language)
					.flashAttr("problem", "register.problem.NOT_COUNT"))
			.andExpect(content()
				.string(containsString(zh ? "只有“数量”类指标可以建立台账" : "Only a count target can have a register")));
		assertThat(this.registers.findByTargetId(percentage.id())).isEmpty();

		long before = entryCount();
		as(this.staff, entry(registerId, "别的单位", this.otherUnit, TODAY).param("lang", language))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString(zh ? "只能为本人所在的单位登记" : "You may only register entries for a unit")));
		as(this.staff,
				entry(registerId, "去年", this.unit, LocalDate.of(TODAY.getYear() - 1, 12, 31)).param("lang", language))
			.andExpect(content().string(containsString(zh ? "日期须在计划年度（" + TODAY.getYear() + "年）内"
					: "The date must lie within the plan year (" + TODAY.getYear() + ")")));
		as(this.staff, entry(registerId, "明天", this.unit, TODAY.plusDays(1)).param("lang", language))
			.andExpect(content().string(containsString(zh ? "日期不能晚于今天" : "The date cannot be in the future")));
		as(this.admin,
				post("/registers/{r}/edit", registerId).param("name", "示范点台账")
					.param("label", "参与人数")
					.param("kind", "NUMBER")
					.param("version", Long.toString(this.registers.findById(registerId).orElseThrow().getVersion())))
			.andExpect(flash().attribute("message", "register.settings.saved"));
		long fieldId = this.jdbc.sql("select id from register_field where register_id = ?")
			.param(registerId)
			.query(Long.class)
			.single();
		as(this.staff,
				entry(registerId, "人数不对", this.unit, TODAY).param("values[" + fieldId + "]", "很多")
					.param("lang", language))
			.andExpect(content().string(containsString(zh ? "须填写数字" : "must be a number")));
		assertThat(entryCount()).isEqualTo(before);

		// a stale version: the conflict page, nothing saved
		long id = make(this.staff, registerId, "原名");
		long version = stored(id).getVersion();
		as(this.staff,
				multipart("/register-entries/{e}/edit", id).param("name", "第一次修改")
					.param("unitId", Long.toString(this.unit))
					.param("entryDate", TODAY.toString())
					.param("values[" + fieldId + "]", "12")
					.param("version", Long.toString(version)))
			.andExpect(flash().attribute("message", "register.entry.saved"));
		as(this.staff,
				multipart("/register-entries/{e}/edit", id).param("name", "过期的修改")
					.param("unitId", Long.toString(this.unit))
					.param("entryDate", TODAY.toString())
					.param("values[" + fieldId + "]", "13")
					.param("version", Long.toString(version))
					.param("lang", language))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("reapply-form")));
		assertThat(stored(id).getName()).isEqualTo("第一次修改");

		// a reviewer does not accept their own entry
		long own = make(this.reviewer, registerId, "自己的登记");
		as(this.reviewer,
				post("/register-entries/{e}/accept", own).param("version", Long.toString(stored(own).getVersion())))
			.andExpect(flash().attribute("problem", "register.problem.OWN_ENTRY"));
		assertThat(stored(own).getState()).isEqualTo(EntryState.PENDING);
		as(this.reviewer,
				get("/register-entries/{e}", own).param("lang", language)
					.flashAttr("problem", "register.problem.OWN_ENTRY"))
			.andExpect(content()
				.string(containsString(zh ? "不能审核自己提交的登记" : "You cannot review an entry you made yourself")));

		// a report of a value on a register-backed target is refused
		long reports = this.jdbc.sql("select count(*) from progress_report where target_id = ?")
			.param(this.target.id())
			.query(Long.class)
			.single();
		as(this.staff,
				multipart("/targets/{t}/progress", this.target.id()).param("value", "30")
					.param("asOf", TODAY.toString())
					.param("narrative", "直接填报")
					.param("lang", language))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"target-counted\"")));
		assertThat(this.jdbc.sql("select count(*) from progress_report where target_id = ?")
			.param(this.target.id())
			.query(Long.class)
			.single()).isEqualTo(reports);
	}

	@Test
	void theRegisterPageAndTheDashboardReadAFixedNumberOfStatements() throws Exception {
		long registerId = setUpRegister();
		insertEntries(registerId, 2);
		long few = statements("/registers/" + registerId);
		long dashboardFew = statements("/dashboard?plan=" + this.plan.id());
		insertEntries(registerId, 60);
		long many = statements("/registers/" + registerId);
		assertThat(many).isEqualTo(few);
		assertThat(statements("/registers/" + registerId + "?page=2&text=" + "条目")).isEqualTo(few);
		assertThat(statements("/dashboard?plan=" + this.plan.id())).isEqualTo(dashboardFew);
		assertThat(value(TODAY)).isEqualTo(62);
		as(this.leader, get("/registers/{r}", registerId)).andExpect(content().string(containsString(">已通过 62 条<")));
	}

	@Test
	void theReportReadsThePeriodsAcceptedEntriesAndACopiedPlanKeepsItsRegisters() throws Exception {
		long registerId = setUpRegister();
		as(this.admin,
				post("/registers/{r}/edit", registerId).param("name", "示范点台账")
					.param("label", "类型")
					.param("kind", "CHOICE")
					.param("choices", "社区\n学校")
					.param("version", Long.toString(this.registers.findById(registerId).orElseThrow().getVersion())));
		// the settings page, the new-entry form with the choice, the set-up page of a
		// target without one
		as(this.admin, get("/registers/{r}/edit", registerId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"register-fields\"")))
			.andExpect(content().string(containsString("学校")));
		as(this.staff, get("/registers/{r}/entries/new", registerId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"学校\">学校</option>")));
		as(this.leader, get("/targets/{t}/register", this.target.id())).andExpect(status().is3xxRedirection());
		long inPeriod = make(this.staff, registerId, "五月的示范点");
		as(this.leader, get("/register-entries/{e}", inPeriod)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"entry-trail\"")));
		as(this.staff, entry(registerId, "一月的示范点", this.unit, LocalDate.of(TODAY.getYear(), 1, 5)));
		assertThat(this.queries.entriesOfPlan(this.plan.id(), TODAY.withDayOfMonth(1).minusMonths(1), TODAY))
			.singleElement()
			.satisfies(register -> {
				assertThat(register.name()).isEqualTo("示范点台账");
				assertThat(register.entries()).extracting(RegisterQueries.EntryLine::entryId).containsExactly(inPeriod);
			});

		PlanRef next = this.plans.create(1, 1, 1);
		TargetRef copied = this.plans.targets(this.plans.firstItem(next)).get(0);
		this.transactions
			.executeWithoutResult(status -> this.events.publishEvent(new org.leagueplan.plan.PlanCloned(this.plan.id(),
					next.id(), java.util.Map.of(this.item.id(), this.plans.firstItem(next).id()),
					java.util.Map.of(this.target.id(), copied.id()), BigDecimal.ZERO)));
		Register copy = this.registers.findByTargetId(copied.id()).orElseThrow();
		assertThat(copy.getName()).isEqualTo("示范点台账");
		assertThat(this.jdbc.sql("select label from register_field where register_id = ?")
			.param(copy.getId())
			.query(String.class)
			.list()).containsExactly("类型");
		assertThat(this.judge.judge(next.id(), TODAY).latest().get(copied.id()).value()).isZero();
	}

	private void insertEntries(long registerId, int count) {
		for (int i = 0; i < count; i++) {
			this.jdbc
				.sql("insert into register_entry (register_id, plan_id, target_id, name, unit_id, entry_date, "
						+ "state, made_at, counted_at, version) values (?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, 0)")
				.params(registerId, this.plan.id(), this.target.id(), "条目" + i, this.unit, TODAY.minusDays(i % 100),
						java.sql.Timestamp.from(this.clock.instant()), java.sql.Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	private long statements(String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		as(this.leader, get(path)).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
