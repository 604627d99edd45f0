package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

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
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rectification (整改) on PostgreSQL with a fixed clock: a red report asks for a deadline
 * for its corrective action (given, in the plan's year, not before today) and opens the
 * target's rectification, a later red report restates it; the item's staff report it
 * done, a reviewer (never the one who reported it) accepts it or returns it with a
 * reason; every refused step (wrong unit, leader, anonymous, own report, stale version,
 * bad input) saves nothing; a restored or recorded history opens none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class RectificationTests {

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
	private ApplicationEvents events;

	@Autowired
	private ProgressHistory history;

	@Autowired
	private RectificationQueries queries;

	private PlanRef plan;

	private ItemRef item;

	private TargetRef target;

	private UserDetails admin;

	private TestUser staffUser;

	private UserDetails staff;

	private TestUser reviewerUser;

	private UserDetails reviewer;

	private UserDetails otherUnitStaff;

	private UserDetails planWideStaff;

	private UserDetails leader;

	@BeforeEach
	void setUp() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		this.plan = this.plans.create(1, 1, 1);
		this.item = this.plans.firstItem(this.plan);
		this.target = this.plans.targets(this.item).get(0);
		long unit = this.item.leadUnitId();
		long otherUnit = this.plans.unit("其他单位 " + this.plan.id()).id();
		this.admin = principal(Role.ADMIN, Set.of(), false);
		this.staffUser = this.users.create(Role.STAFF, Set.of(unit), false);
		this.staff = this.users.principal(this.staffUser);
		// the reviewer is also staff of the item's unit: may report done, and not accept
		// that
		this.reviewerUser = this.users.create(Role.STAFF, Set.of(unit), false);
		this.reviewer = this.users.principal(this.reviewerUser);
		this.otherUnitStaff = principal(Role.STAFF, Set.of(otherUnit), false);
		this.planWideStaff = principal(Role.STAFF, Set.of(), true);
		this.leader = principal(Role.LEADER, Set.of(), false);
		as(this.admin,
				post("/plans/{p}/reviewers", this.plan.id()).param("userId", Long.toString(this.reviewerUser.id())))
			.andExpect(flash().attribute("message", "review.reviewers.added"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private UserDetails principal(Role role, Set<Long> units, boolean planWide) {
		return this.users.principal(this.users.create(role, units, planWide));
	}

	private ResultActions as(UserDetails person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.with(csrf());
		if (person != null) {
			request.with(user(person));
		}
		return this.mvc.perform(request);
	}

	/** A report on the target by the item's staff; value 0 in June is far behind. */
	private ResultActions report(String value, String... fields) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/targets/{id}/progress", this.target.id());
		request.param("value", value).param("asOf", this.clock.today().toString()).param("narrative", "进展");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return as(this.staff, request);
	}

	private ResultActions redReport(String action, String deadline) throws Exception {
		return report("0", "reason", "场地未落实", "correctiveAction", action, "actionDeadline", deadline);
	}

	private long open() throws Exception {
		redReport("协调街道提供场地", "2026-07-31").andExpect(status().is3xxRedirection());
		return latestId();
	}

	private long latestId() {
		return this.jdbc.sql("select max(id) from rectification where target_id = ?")
			.param(this.target.id())
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from rectification where target_id = ?")
			.param(this.target.id())
			.query(Long.class)
			.single();
	}

	private long reports() {
		return this.jdbc.sql("select count(*) from progress_report where target_id = ?")
			.param(this.target.id())
			.query(Long.class)
			.single();
	}

	private String state(long id) {
		return this.jdbc.sql("select state from rectification where id = ?").param(id).query(String.class).single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from rectification where id = ?").param(id).query(Long.class).single();
	}

	private long steps(long id) {
		return this.jdbc.sql("select count(*) from rectification_step where rectification_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private List<String> auditKinds(long id) {
		return this.jdbc.sql("select kind from audit_event where subject = ? order by id")
			.param("rectification " + id)
			.query(String.class)
			.list();
	}

	private void assertUnchanged(long id, String state, long version, long steps) {
		assertThat(state(id)).isEqualTo(state);
		assertThat(version(id)).isEqualTo(version);
		assertThat(steps(id)).isEqualTo(steps);
	}

	private ResultActions done(UserDetails person, long id, long version, String summary) throws Exception {
		MockHttpServletRequestBuilder request = post("/rectifications/{r}/done", id).param("version",
				Long.toString(version));
		if (summary != null) {
			request.param("summary", summary);
		}
		return as(person, request);
	}

	private ResultActions decide(UserDetails person, String step, long id, long version, String reason)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/rectifications/{r}/" + step, id).param("version",
				Long.toString(version));
		if (reason != null) {
			request.param("reason", reason);
		}
		return as(person, request);
	}

	private String url(long id) {
		return "/rectifications/" + id;
	}

	@Test
	void aRedReportNeedsAValidDeadlineAndNothingIsSavedWithout() throws Exception {
		report("0", "reason", "场地未落实", "correctiveAction", "协调街道").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "actionDeadline",
					"report.actionDeadline.required"))
			.andExpect(content().string(containsString("请填写整改期限")));
		redReport("协调街道", "下个月").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "actionDeadline", "typeMismatch"))
			.andExpect(content().string(containsString("请输入有效日期")));
		redReport("协调街道", "2026-06-14").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "actionDeadline", "report.actionDeadline.past"))
			.andExpect(content().string(containsString("整改期限不能早于2026-06-15")));
		redReport("协调街道", "2027-01-10").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "actionDeadline",
					"report.actionDeadline.outsideYear"))
			.andExpect(content().string(containsString("整改期限须在计划年度（2026年）内")));
		// the reason and the action are still asked for, the deadline beside them
		report("0", "actionDeadline", "2026-07-31").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "reason", "report.reason.required"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "correctiveAction", "report.action.required"));
		assertThat(reports()).isZero();
		assertThat(count()).isZero();

		// today is the earliest deadline
		redReport("协调街道", "2026-06-15").andExpect(status().is3xxRedirection());
		assertThat(count()).isEqualTo(1);

		// a report that leaves the target on track needs none
		report("10").andExpect(status().is3xxRedirection());
		assertThat(reports()).isEqualTo(2);
		assertThat(steps(latestId())).isEqualTo(1);
	}

	@Test
	void onceThePlanYearIsOverTheDeadlineIsItsLastDayAndOverdueAtOnce() throws Exception {
		this.clock.setTo(LocalDate.of(2027, 1, 20), LocalTime.of(9, 0));
		MockMultipartHttpServletRequestBuilder request = multipart("/targets/{id}/progress", this.target.id());
		request.param("value", "0")
			.param("asOf", "2026-12-31")
			.param("reason", "未落实")
			.param("correctiveAction", "补做")
			.param("actionDeadline", "2026-12-30");
		as(this.staff, request).andExpect(
				model().attributeHasFieldErrorCode("reportForm", "actionDeadline", "report.actionDeadline.past"));
		request = multipart("/targets/{id}/progress", this.target.id());
		request.param("value", "0")
			.param("asOf", "2026-12-31")
			.param("reason", "未落实")
			.param("correctiveAction", "补做")
			.param("actionDeadline", "2026-12-31");
		as(this.staff, request).andExpect(status().is3xxRedirection());
		as(this.leader, get(url(latestId()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rectification-overdue\"")));
	}

	@Test
	void aRedReportOpensTheTargetsRectificationAndALaterOneRestatesIt() throws Exception {
		long id = open();
		assertThat(state(id)).isEqualTo("OPEN");
		assertThat(this.jdbc.sql("select action, deadline, unit_id, item_id, report_id from rectification where id = ?")
			.param(id)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single())
			.containsExactly("协调街道提供场地", "2026-07-31", this.item.leadUnitId(), this.item.id(),
					this.jdbc.sql("select max(id) from progress_report where target_id = ?")
						.param(this.target.id())
						.query(Long.class)
						.single());
		assertThat(this.events.stream(RectificationOpened.class)).singleElement().satisfies(event -> {
			assertThat(event.updated()).isFalse();
			assertThat(event.deadline()).isEqualTo(LocalDate.of(2026, 7, 31));
			assertThat(event.unitId()).isEqualTo(this.item.leadUnitId());
		});
		as(this.leader, get(url(id))).andExpect(status().isOk())
			.andExpect(content().string(containsString("协调街道提供场地")))
			.andExpect(content().string(containsString("2026-07-31")))
			.andExpect(content().string(containsString("id=\"rectification-trail\"")))
			.andExpect(content().string(not(containsString("id=\"rectification-overdue\""))))
			.andExpect(content().string(not(containsString("id=\"rectification-done\""))));
		as(this.staff, get("/targets/{t}/progress", this.target.id()))
			.andExpect(content().string(containsString("href=\"/rectifications/" + id + "\"")));
		as(this.staff, get("/items/{i}", this.item.id()))
			.andExpect(content().string(containsString("id=\"item-rectifications\"")));

		// a second red report restates the action in progress: one rectification
		redReport("改在学校开展", "2026-08-31").andExpect(status().is3xxRedirection());
		assertThat(count()).isEqualTo(1);
		assertThat(this.jdbc.sql("select action || ' ' || deadline from rectification where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("改在学校开展 2026-08-31");
		assertThat(steps(id)).isEqualTo(2);
		assertThat(state(id)).isEqualTo("OPEN");
		assertThat(this.events.stream(RectificationOpened.class)).hasSize(2)
			.last()
			.satisfies(event -> assertThat(event.updated()).isTrue());
		assertThat(auditKinds(id)).containsExactly("RECTIFICATION_OPENED", "RECTIFICATION_UPDATED");
		as(this.leader, get("/items/{i}/rectifications", this.item.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rectification-" + id + "\"")));
	}

	@Test
	void staffReportDoneAReviewerReturnsThenAcceptsAndANewRedReportOpensANewOne() throws Exception {
		long id = open();
		as(this.staff, get(url(id))).andExpect(content().string(containsString("id=\"rectification-done\"")))
			.andExpect(content().string(not(containsString("id=\"rectification-accept\""))));
		done(this.staff, id, version(id), "场地已落实，活动已开展").andExpect(redirectedUrl(url(id)))
			.andExpect(flash().attribute("message", "rectification.doneReported"));
		assertThat(state(id)).isEqualTo("DONE_REPORTED");
		assertThat(this.events.stream(RectificationDoneReported.class)).singleElement()
			.satisfies(event -> assertThat(event.reporterId()).isEqualTo(this.staffUser.id()));

		as(this.reviewer, get(url(id))).andExpect(content().string(containsString("id=\"rectification-accept\"")))
			.andExpect(content().string(containsString("场地已落实，活动已开展")))
			.andExpect(content().string(not(containsString("id=\"rectification-done\""))));
		decide(this.reviewer, "return", id, version(id), "缺少活动照片").andExpect(redirectedUrl(url(id)))
			.andExpect(flash().attribute("message", "rectification.returned"));
		assertThat(state(id)).isEqualTo("RETURNED");
		assertThat(this.events.stream(RectificationDecided.class)).singleElement().satisfies(event -> {
			assertThat(event.accepted()).isFalse();
			assertThat(event.reason()).isEqualTo("缺少活动照片");
			assertThat(event.reporterId()).isEqualTo(this.staffUser.id());
			assertThat(event.reviewerId()).isEqualTo(this.reviewerUser.id());
		});

		done(this.staff, id, version(id), "补充了照片").andExpect(status().is3xxRedirection());
		decide(this.admin, "accept", id, version(id), null).andExpect(redirectedUrl(url(id)))
			.andExpect(flash().attribute("message", "rectification.accepted"));
		assertThat(state(id)).isEqualTo("ACCEPTED");
		assertThat(steps(id)).isEqualTo(5);
		assertThat(auditKinds(id)).containsExactly("RECTIFICATION_OPENED", "RECTIFICATION_DONE_REPORTED",
				"RECTIFICATION_RETURNED", "RECTIFICATION_DONE_REPORTED", "RECTIFICATION_ACCEPTED");
		as(this.staff, get(url(id))).andExpect(content().string(not(containsString("id=\"rectification-done\""))));

		// accepted: a new red report opens a new rectification
		redReport("再次整改", "2026-09-30").andExpect(status().is3xxRedirection());
		assertThat(count()).isEqualTo(2);
		assertThat(latestId()).isNotEqualTo(id);
		assertThat(state(id)).isEqualTo("ACCEPTED");
	}

	@Test
	void reportingDoneRefusedForTheWrongPersonAStaleVersionOrBadInputSavesNothing() throws Exception {
		long id = open();
		long version = version(id);
		done(this.otherUnitStaff, id, version, "完成").andExpect(status().isForbidden());
		done(this.leader, id, version, "完成").andExpect(status().isForbidden());
		done(null, id, version, "完成").andExpect(redirectedUrl("/login"));
		done(this.staff, id, version + 1, "完成").andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人处理或修改")));
		done(this.staff, id, version, "  ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写整改结果说明")));
		done(this.staff, id, version, null).andExpect(status().isBadRequest());
		done(this.staff, id, version, "长".repeat(2001)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("最多2000个字")));
		done(this.staff, id, version, "完成\u0007").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("控制字符")));
		// the input is kept
		done(this.staff, id, version, "长".repeat(2001)).andExpect(content().string(containsString("长".repeat(2001))));
		assertUnchanged(id, "OPEN", version, 1);
		assertThat(this.events.stream(RectificationDoneReported.class)).isEmpty();
		as(this.staff, post("/rectifications/{r}/done", 987654321L).param("version", "0").param("summary", "完成"))
			.andExpect(status().isNotFound());

		done(this.staff, id, version, "完成").andExpect(status().is3xxRedirection());
		long reported = version(id);
		// a second report of done while one waits
		done(this.reviewer, id, reported, "又一次").andExpect(status().isConflict())
			.andExpect(content().string(containsString("当前整改状态下不能进行此操作")));
		assertUnchanged(id, "DONE_REPORTED", reported, 2);
	}

	@Test
	void aDecisionRefusedForTheWrongPersonOwnReportStaleVersionOrBadReasonSavesNothing() throws Exception {
		long id = open();
		// nothing reported done yet
		decide(this.admin, "accept", id, version(id), null).andExpect(status().isConflict());
		done(this.reviewer, id, version(id), "我单位已整改").andExpect(status().is3xxRedirection());
		long version = version(id);
		decide(this.reviewer, "accept", id, version, null).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不能审核自己报告的整改完成情况")));
		decide(this.reviewer, "return", id, version, "自己退回").andExpect(status().isForbidden());
		decide(this.staff, "accept", id, version, null).andExpect(status().isForbidden());
		decide(this.otherUnitStaff, "accept", id, version, null).andExpect(status().isForbidden());
		decide(this.planWideStaff, "accept", id, version, null).andExpect(status().isForbidden());
		decide(this.leader, "return", id, version, "不行").andExpect(status().isForbidden());
		decide(null, "accept", id, version, null).andExpect(redirectedUrl("/login"));
		decide(this.admin, "accept", id, version + 1, null).andExpect(status().isConflict());
		decide(this.admin, "return", id, version, null).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必须填写退回理由")));
		decide(this.admin, "return", id, version, "长".repeat(501)).andExpect(status().isBadRequest());
		decide(this.admin, "return", id, version, "理由\u0000").andExpect(status().isBadRequest());
		assertUnchanged(id, "DONE_REPORTED", version, 2);
		assertThat(this.events.stream(RectificationDecided.class)).isEmpty();
		assertThat(auditKinds(id)).containsExactly("RECTIFICATION_OPENED", "RECTIFICATION_DONE_REPORTED");

		decide(this.admin, "accept", id, version, null).andExpect(status().is3xxRedirection());
		// decided already: the page that still shows the old version is told
		decide(this.admin, "return", id, version, "晚了").andExpect(status().isConflict());
		done(this.staff, id, version(id), "再报").andExpect(status().isConflict());
		assertUnchanged(id, "ACCEPTED", version(id), 3);
	}

	@Test
	void overdueRectificationsComeFirstAndAreCountedForTheUnitAndTheDashboard() throws Exception {
		long id = open();
		assertThat(this.queries.toDoOfUnits(List.of(this.item.leadUnitId()))).singleElement().satisfies(found -> {
			assertThat(found.itemId()).isEqualTo(this.item.id());
			assertThat(found.heading()).isEqualTo(this.item.heading());
			assertThat(found.deadline()).isEqualTo(LocalDate.of(2026, 7, 31));
			assertThat(found.state()).isEqualTo(RectificationState.OPEN);
			assertThat(found.overdue()).isFalse();
		});
		assertThat(this.queries.counts(this.plan.id())).isEqualTo(new RectificationQueries.RectificationCounts(1, 0));

		// the deadline day itself is not overdue; the day after is
		this.clock.setTo(LocalDate.of(2026, 7, 31), LocalTime.of(18, 0));
		assertThat(this.queries.toDoOfUnits(List.of(this.item.leadUnitId())).get(0).overdue()).isFalse();
		this.clock.setTo(LocalDate.of(2026, 8, 1), LocalTime.of(0, 30));
		assertThat(this.queries.toDoOfUnits(List.of(this.item.leadUnitId())).get(0).overdue()).isTrue();
		assertThat(this.queries.counts(this.plan.id())).isEqualTo(new RectificationQueries.RectificationCounts(1, 1));
		assertThat(this.queries.overdueToPress(this.plan.id(), this.clock.today())).hasSize(1);
		assertThat(this.queries.toDoOfUnits(List.of(987654321L))).isEmpty();
		as(this.leader, get("/plans/{p}/rectifications", this.plan.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rectification-" + id + "\"")))
			.andExpect(content().string(containsString("table-danger")));
		as(this.leader, get(url(id))).andExpect(content().string(containsString("id=\"rectification-overdue\"")));
		as(this.leader, get("/dashboard").param("plan", Long.toString(this.plan.id())))
			.andExpect(content().string(containsString("id=\"rectifications-overdue\"")))
			.andExpect(content().string(containsString("href=\"/plans/" + this.plan.id() + "/rectifications\"")));

		// reported done: still overdue in the lists, no longer the unit's to do nor
		// pressed
		done(this.staff, id, version(id), "已整改").andExpect(status().is3xxRedirection());
		assertThat(this.queries.toDoOfUnits(List.of(this.item.leadUnitId()))).isEmpty();
		assertThat(this.queries.overdueToPress(this.plan.id(), this.clock.today())).isEmpty();
		assertThat(this.queries.ofPlan(this.plan.id())).singleElement()
			.satisfies(found -> assertThat(found.overdue()).isTrue());
		decide(this.admin, "accept", id, version(id), null).andExpect(status().is3xxRedirection());
		assertThat(this.queries.ofPlan(this.plan.id())).singleElement()
			.satisfies(found -> assertThat(found.overdue()).isFalse());
		assertThat(this.queries.counts(this.plan.id())).isEqualTo(new RectificationQueries.RectificationCounts(0, 0));
	}

	@Test
	void aRestoredOrRecordedHistoryWithRedReportsOpensNoRectificationAndNeedsNoDeadline() {
		PastReport red = new PastReport(this.target.id(), BigDecimal.ZERO, null, TODAY, "进展", "场地未落实", "协调街道", null,
				this.staffUser.id(), this.clock.instant().minusSeconds(3600), List.of());
		assertThat(this.history.restore(this.plan.id(), List.of(red), List.of(), List.of())).isEqualTo(1);
		assertThat(this.history.record(this.plan.id(), List.of(red), List.of())).isEqualTo(1);
		assertThat(reports()).isEqualTo(2);
		assertThat(count()).isZero();
		assertThat(this.events.stream(RectificationOpened.class)).isEmpty();
	}

}
