package org.leagueplan.progress;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Review of progress reports (审核/退回) on PostgreSQL with a fixed clock: where a plan's
 * review is on, a STAFF report waits and counts (lights, the dashboard's judgement of
 * today and of a past day) only once a reviewer approves it; a return needs a reason and
 * the reporter revises; every refused step — wrong person, own report, stale version, bad
 * reason — saves nothing; switching review off approves the waiting reports after a
 * confirmation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ReportReviewTests {

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
	private ProgressReportRepository reports;

	@Autowired
	private ReportReviewRepository trail;

	@Autowired
	private PlanJudge judge;

	@Autowired
	private ProgressQueries queries;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private org.leagueplan.plan.PlanQueries planQueries;

	@Autowired
	private ApplicationEvents events;

	private PlanRef plan;

	private ItemRef item;

	private TargetRef target;

	private UserDetails admin;

	private UserDetails staff;

	private TestUser staffUser;

	private UserDetails reviewer;

	private TestUser reviewerUser;

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
		// the reviewer is also staff of the item's unit, so may report (and not approve
		// that)
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

	private void switchReview(boolean on) throws Exception {
		long version = this.jdbc.sql("select coalesce(max(version), -1) from plan_review_setting where plan_id = ?")
			.param(this.plan.id())
			.query(Long.class)
			.single();
		as(this.planWideStaff,
				post("/plans/{p}/review-settings", this.plan.id()).param("enabled", Boolean.toString(on))
					.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/plans/" + this.plan.id() + "/review-settings"));
	}

	private long report(UserDetails person, String value) throws Exception {
		return report(person, value, null);
	}

	private long report(UserDetails person, String value, Long revises) throws Exception {
		var request = multipart("/targets/{id}/progress", this.target.id()).param("value", value)
			.param("asOf", TODAY.toString())
			.param("narrative", "进展");
		if (revises != null) {
			request.param("revisesId", revises.toString());
		}
		as(person, request).andExpect(status().is3xxRedirection());
		return this.reports.findByTargetIdOrderByReportedAtDescIdDesc(this.target.id()).get(0).getId();
	}

	private ProgressReport stored(long reportId) {
		return this.reports.findById(reportId).orElseThrow();
	}

	/**
	 * The target's light on the day as the dashboard's judgement and the target page see
	 * it (they must agree).
	 */
	private Light itemLight(LocalDate day) {
		Light onPage = this.judge.target(this.target, this.planQueries.itemContext(this.item.id()), day).light();
		TargetProgress counted = this.judge.judge(this.plan.id(), day).latest().get(this.target.id());
		assertThat(counted != null && counted.value().signum() > 0).isEqualTo(onPage == Light.ACHIEVED);
		return onPage;
	}

	private long trailSteps() {
		return this.trail.count();
	}

	private List<String> auditKinds() {
		return this.jdbc.sql("select kind from audit_event where subject like ? or subject in (?, ?) order by id")
			.params("report %", "plan " + this.plan.id(), "target " + this.target.id())
			.query(String.class)
			.list();
	}

	@Test
	void whereReviewIsOffAReportCountsAtOnceAsBefore() throws Exception {
		long before = trailSteps();
		long id = report(this.staff, "10");
		assertThat(stored(id).getState()).isEqualTo(ReportState.APPROVED);
		assertThat(itemLight(TODAY)).isEqualTo(Light.ACHIEVED);
		assertThat(trailSteps()).isEqualTo(before);
		assertThat(this.events.stream(ReportSubmitted.class)).singleElement()
			.satisfies(event -> assertThat(event.pending()).isFalse());
	}

	@Test
	void aPendingReportChangesNoLightUntilApprovedToday() throws Exception {
		switchReview(true);
		Light before = itemLight(TODAY);
		long id = report(this.staff, "10");
		assertThat(stored(id).getState()).isEqualTo(ReportState.PENDING);
		assertThat(itemLight(TODAY)).isEqualTo(before).isNotEqualTo(Light.ACHIEVED);
		as(this.staff, get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("id=\"target-pending\"")))
			.andExpect(content().string(not(containsString("light-ACHIEVED"))));
		assertThat(this.events.stream(ReportSubmitted.class)).singleElement()
			.satisfies(event -> assertThat(event.pending()).isTrue());
		// the print and Word report, the Excel export and the dashboard's latest reports
		// read these: a pending report is in none of them
		LocalDate first = LocalDate.of(TODAY.getYear(), 1, 1);
		assertThat(this.queries.reportsOfPlan(this.plan.id(), first, TODAY)).isEmpty();
		assertThat(this.queries.recentOn(this.plan.id(), TODAY)).isEmpty();

		as(this.reviewer, get("/plans/{p}/reviews", this.plan.id()))
			.andExpect(content().string(containsString("pending-" + id)));
		as(this.reviewer, post("/reports/{r}/approve", id).param("version", Long.toString(stored(id).getVersion())))
			.andExpect(flash().attribute("message", "review.approved"));
		assertThat(stored(id).getState()).isEqualTo(ReportState.APPROVED);
		assertThat(itemLight(TODAY)).isEqualTo(Light.ACHIEVED);
		assertThat(this.queries.reportsOfPlan(this.plan.id(), LocalDate.of(TODAY.getYear(), 1, 1), TODAY))
			.extracting(ProgressQueries.TargetReport::id)
			.containsExactly(id);
		assertThat(this.events.stream(ReportReviewed.class)).singleElement().satisfies(event -> {
			assertThat(event.approved()).isTrue();
			assertThat(event.reviewerId()).isEqualTo(this.reviewerUser.id());
			assertThat(event.reporterId()).isEqualTo(this.staffUser.id());
		});
		assertThat(auditKinds()).contains("REVIEW_SWITCHED_ON", "REPORT_APPROVED");
	}

	@Test
	void aPastDayCountsAReportOnlyOnceApprovedEvenWhenApprovedLater() throws Exception {
		switchReview(true);
		long id = report(this.staff, "10");
		this.clock.setTo(TODAY.plusDays(5), LocalTime.of(9, 0));
		assertThat(itemLight(TODAY)).isNotEqualTo(Light.ACHIEVED);
		as(this.reviewer, post("/reports/{r}/approve", id).param("version", Long.toString(stored(id).getVersion())))
			.andExpect(status().is3xxRedirection());
		// approved later, it counts for its as-of day, as a report made late for its day
		// does
		assertThat(itemLight(TODAY)).isEqualTo(Light.ACHIEVED);
		assertThat(itemLight(TODAY.minusDays(1))).isNotEqualTo(Light.ACHIEVED);
	}

	@Test
	void onlyAReviewerOfThePlanApprovesAndNotTheirOwnReport() throws Exception {
		switchReview(true);
		long id = report(this.staff, "10");
		long own = report(this.reviewer, "10");
		long steps = trailSteps();
		String version = Long.toString(stored(id).getVersion());
		for (UserDetails wrong : List.of(this.otherUnitStaff, this.planWideStaff, this.leader)) {
			as(wrong, post("/reports/{r}/approve", id).param("version", version)).andExpect(status().isForbidden());
			as(wrong, post("/reports/{r}/return", id).param("version", version).param("reason", "不对"))
				.andExpect(status().isForbidden());
		}
		as(this.staff, get("/plans/{p}/reviews", this.plan.id())).andExpect(status().isForbidden());
		as(null, post("/reports/{r}/approve", id).param("version", version)).andExpect(redirectedUrl("/login"));
		as(this.reviewer, post("/reports/{r}/approve", own).param("version", Long.toString(stored(own).getVersion())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不能审核自己报送的进度")));
		assertThat(stored(id).getState()).isEqualTo(ReportState.PENDING);
		assertThat(stored(own).getState()).isEqualTo(ReportState.PENDING);
		assertThat(trailSteps()).isEqualTo(steps);
		assertThat(itemLight(TODAY)).isNotEqualTo(Light.ACHIEVED);
		assertThat(this.events.stream(ReportReviewed.class)).isEmpty();
		// ADMIN reviews every plan
		as(this.admin, post("/reports/{r}/approve", own).param("version", Long.toString(stored(own).getVersion())))
			.andExpect(flash().attribute("message", "review.approved"));
		assertThat(stored(own).getState()).isEqualTo(ReportState.APPROVED);
	}

	@Test
	void aStaleVersionIsAConflictAndSavesNothing() throws Exception {
		switchReview(true);
		long id = report(this.staff, "10");
		long stale = stored(id).getVersion();
		as(this.reviewer,
				post("/reports/{r}/return", id).param("version", Long.toString(stale)).param("reason", "数据不实"))
			.andExpect(flash().attribute("message", "review.returned"));
		long steps = trailSteps();
		as(this.admin, post("/reports/{r}/approve", id).param("version", Long.toString(stale)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人处理")));
		as(this.admin, post("/reports/{r}/approve", id)).andExpect(status().isConflict());
		assertThat(stored(id).getState()).isEqualTo(ReportState.RETURNED);
		assertThat(trailSteps()).isEqualTo(steps);
		assertThat(itemLight(TODAY)).isNotEqualTo(Light.ACHIEVED);
	}

	@Test
	void aReturnNeedsAShortPlainReasonAndTheReporterRevises() throws Exception {
		switchReview(true);
		long id = report(this.staff, "10");
		String version = Long.toString(stored(id).getVersion());
		long steps = trailSteps();
		for (Map.Entry<String, String> bad : Map.of("", "必须填写理由", "长".repeat(501), "最多500个字", "理由\u0007响铃", "控制字符")
			.entrySet()) {
			as(this.reviewer, post("/reports/{r}/return", id).param("version", version).param("reason", bad.getKey()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(bad.getValue())));
		}
		assertThat(stored(id).getState()).isEqualTo(ReportState.PENDING);
		assertThat(trailSteps()).isEqualTo(steps);

		as(this.reviewer, post("/reports/{r}/return", id).param("version", version).param("reason", "佐证材料不足"))
			.andExpect(flash().attribute("message", "review.returned"));
		assertThat(stored(id).getState()).isEqualTo(ReportState.RETURNED);
		assertThat(this.jdbc
			.sql("select returned from (select count(*) as returned from progress_report "
					+ "where plan_id = ? and state = 'RETURNED') counted")
			.param(this.plan.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		as(this.staff, get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("佐证材料不足")))
			.andExpect(content().string(containsString("revises=" + id)));
		as(this.leader, get("/dashboard").param("plan", Long.toString(this.plan.id())))
			.andExpect(content().string(containsString("已退回 1")));
		assertThat(this.events.stream(ReportReviewed.class)).singleElement()
			.satisfies(event -> assertThat(event.reason()).isEqualTo("佐证材料不足"));

		long revision = report(this.staff, "10", id);
		assertThat(stored(revision).getState()).isEqualTo(ReportState.PENDING);
		assertThat(stored(revision).getRevisesId()).isEqualTo(id);
		assertThat(stored(id).getState()).isEqualTo(ReportState.REVISED);
		// a returned report is revised once
		long count = this.reports.count();
		as(this.staff,
				multipart("/targets/{id}/progress", this.target.id()).param("value", "10")
					.param("asOf", TODAY.toString())
					.param("revisesId", Long.toString(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是本指标已退回的报送")));
		assertThat(this.reports.count()).isEqualTo(count);
		as(this.leader, get("/dashboard").param("plan", Long.toString(this.plan.id())))
			.andExpect(content().string(containsString("待审核 1")));
		assertThat(auditKinds()).contains("REPORT_SUBMITTED", "REPORT_RETURNED", "REPORT_RESUBMITTED");
	}

	@Test
	void anAdministratorsReportCountsAtOnceEvenWithReviewOn() throws Exception {
		switchReview(true);
		long id = report(this.admin, "10");
		assertThat(stored(id).getState()).isEqualTo(ReportState.APPROVED);
		assertThat(itemLight(TODAY)).isEqualTo(Light.ACHIEVED);
	}

	@Test
	void switchingReviewOffAsksFirstThenApprovesTheWaitingReports() throws Exception {
		switchReview(true);
		long id = report(this.staff, "10");
		long version = this.jdbc.sql("select version from plan_review_setting where plan_id = ?")
			.param(this.plan.id())
			.query(Long.class)
			.single();
		// only the plan-wide right switches
		as(this.staff, post("/plans/{p}/review-settings", this.plan.id()).param("enabled", "false")
			.param("version", Long.toString(version))).andExpect(status().isForbidden());
		as(this.planWideStaff,
				post("/plans/{p}/review-settings", this.plan.id()).param("enabled", "false")
					.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有1条待审核的报送")));
		as(this.planWideStaff,
				post("/plans/{p}/review-settings", this.plan.id()).param("enabled", "false")
					.param("version", Long.toString(version - 1))
					.param("confirmedPending", "1"))
			.andExpect(status().isConflict());
		assertThat(stored(id).getState()).isEqualTo(ReportState.PENDING);
		assertThat(itemLight(TODAY)).isNotEqualTo(Light.ACHIEVED);

		this.clock.advance(Duration.ofMinutes(5));
		as(this.planWideStaff,
				post("/plans/{p}/review-settings", this.plan.id()).param("enabled", "false")
					.param("version", Long.toString(version))
					.param("confirmedPending", "1"))
			.andExpect(flash().attribute("message", "review.switch.off.saved"));
		assertThat(stored(id).getState()).isEqualTo(ReportState.APPROVED);
		assertThat(itemLight(TODAY)).isEqualTo(Light.ACHIEVED);
		assertThat(auditKinds()).contains("REVIEW_SWITCHED_OFF");
		assertThat(this.jdbc.sql("select summary from audit_event where kind = 'REVIEW_SWITCHED_OFF' and subject = ?")
			.param("plan " + this.plan.id())
			.query(String.class)
			.single()).isEqualTo("#review.audit.switched|1");
		// switched off, the next report counts at once again
		assertThat(stored(report(this.staff, "6")).getState()).isEqualTo(ReportState.APPROVED);
	}

	@Test
	void onlyAnAdministratorChoosesReviewersAndARemovedReviewerNoLongerReviews() throws Exception {
		as(this.planWideStaff, get("/plans/{p}/reviewers", this.plan.id())).andExpect(status().isForbidden());
		as(this.planWideStaff,
				post("/plans/{p}/reviewers", this.plan.id()).param("userId", Long.toString(this.staffUser.id())))
			.andExpect(status().isForbidden());
		assertThat(reviewerIds()).containsExactly(this.reviewerUser.id());
		// adding again changes nothing
		as(this.admin,
				post("/plans/{p}/reviewers", this.plan.id()).param("userId", Long.toString(this.reviewerUser.id())))
			.andExpect(flash().attributeCount(0));
		as(this.admin, post("/plans/{p}/reviewers", this.plan.id()).param("userId", "987654321"))
			.andExpect(flash().attribute("failure", "review.reviewers.unknownUser"));
		assertThat(reviewerIds()).containsExactly(this.reviewerUser.id());
		as(this.reviewer, get("/plans/{p}/reviews", this.plan.id())).andExpect(status().isOk());
		as(this.admin, post("/plans/{p}/reviewers/{u}/remove", this.plan.id(), this.reviewerUser.id()))
			.andExpect(flash().attribute("message", "review.reviewers.removed"));
		assertThat(reviewerIds()).isEmpty();
		as(this.reviewer, get("/plans/{p}/reviews", this.plan.id())).andExpect(status().isForbidden());
		assertThat(auditKinds()).contains("PLAN_REVIEWER_ADDED", "PLAN_REVIEWER_REMOVED");
	}

	private List<Long> reviewerIds() {
		return this.jdbc.sql("select user_id from plan_reviewer where plan_id = ?")
			.param(this.plan.id())
			.query(Long.class)
			.list();
	}

}
