package org.leagueplan.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.leagueplan.supervision.MyWork.ClosingView;
import org.leagueplan.supervision.MyWork.DueView;
import org.leagueplan.supervision.MyWork.PendingView;
import org.leagueplan.supervision.MyWork.ReturnedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 我的待办 read from the records as they stand, on PostgreSQL with the clock fixed: the
 * reports a person owes by the reporting calendars (whom they concern as the reminders
 * decide: the item's owner and its lead unit's staff), overdue first with the days
 * overdue; their returned reports with the reason; and, for a plan's reviewers, the
 * reports and closing requests waiting (never their own). Nothing of another unit, and
 * every link on the page opens (200) for the person.
 */
@SpringBootTest(properties = "leagueplan.reminders.cron=-")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class })
class MyWorkTests {

	private static final Pattern HREF = Pattern
		.compile("href=\"(/(?:targets|items|plans|rectifications)/[^\"#]+)[^\"]*\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestProgress progress;

	@Autowired
	private ReportCalendarRepository calendars;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void reportsOwedAreListedByDueDayOverdueFirstForTheOwnerAndLeadUnitStaffOnly() throws Exception {
		int year = 2032;
		this.clock.setTo(LocalDate.of(year, 1, 2), LocalTime.NOON);
		TestUser owner = this.users.create(Role.STAFF, Set.of(), false);
		// plan A: due on the 10th; plan B: due on the 17th, reminded 3 days before
		PlanRef a = this.plans.create(1, 2, 1, List.of(owner.id()));
		PlanRef b = this.plans.create(1, 2, 0);
		List<ItemRef> aItems = this.plans.items(a);
		List<ItemRef> bItems = this.plans.items(b);
		for (PlanRef plan : List.of(a, b)) {
			this.plans.status(plan, PlanStatus.ACTIVE);
		}
		calendar(a, 10);
		calendar(b, 17);
		TestUser staff = this.users.create(Role.STAFF, Set.of(aItems.get(0).leadUnitId(), bItems.get(0).leadUnitId()),
				false);
		TestUser otherUnit = this.users.create(Role.STAFF, Set.of(this.plans.unit("其他单位").id()), false);
		TestUser assisting = this.users.create(Role.STAFF, Set.of(bItems.get(0).assistUnitIds().iterator().next()),
				false);
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		// A's second item reported after June 10: settled; B's first reported on May 1:
		// owes June 17's report only (due soon), B's second never: overdue since May 17
		TargetRef a2Target = this.plans.targets(aItems.get(1)).get(0);
		this.progress.report(a2Target.id(), a.id(), BigDecimal.ONE, null, LocalDate.of(year, 6, 12), "进展", staff.id(),
				at(year, 6, 12));
		this.progress.update(bItems.get(0).id(), b.id(), org.leagueplan.plan.ItemStatus.IN_PROGRESS, "进展", staff.id(),
				at(year, 5, 1));

		this.clock.setTo(LocalDate.of(year, 6, 15), LocalTime.of(0, 30));
		List<DueView> due = mine(staff, a, b);
		assertThat(due).extracting(DueView::itemId)
			.containsExactly(bItems.get(1).id(), aItems.get(0).id(), bItems.get(0).id());
		assertThat(due).extracting(DueView::dueDate)
			.containsExactly(LocalDate.of(year, 5, 17), LocalDate.of(year, 6, 10), LocalDate.of(year, 6, 17));
		assertThat(due).extracting(DueView::overdue).containsExactly(true, true, false);
		// 00:30 on the 15th in Shanghai (still the 14th in UTC): five committee days
		// after the 10th
		assertThat(due).extracting(DueView::daysOverdue).containsExactly(29L, 5L, 0L);
		assertThat(due.get(1).targets()).extracting(MyWork.TargetLink::id)
			.containsExactly(this.plans.targets(aItems.get(0)).get(0).id());
		String page = page(staff);
		assertThat(page).contains("逾期29天", "逾期5天", "/targets/" + due.get(1).targets().get(0).id() + "/progress",
				"/items/" + bItems.get(1).id() + "/updates");
		followLinks(staff, page);

		// the item's owner is told of plan A's items, not of B's
		assertThat(mine(owner, a, b)).extracting(DueView::itemId).containsExactly(aItems.get(0).id());
		// another unit's staff, the assisting unit's staff and a leader owe none of it
		assertThat(mine(otherUnit, a, b)).isEmpty();
		assertThat(mine(assisting, a, b)).isEmpty();
		assertThat(mine(leader, a, b)).isEmpty();

		// three days on, B's report for June 17 is overdue by a day; A's first stays
		// overdue
		this.clock.setTo(LocalDate.of(year, 6, 18), LocalTime.of(9, 0));
		due = mine(staff, a, b);
		assertThat(due).extracting(DueView::itemId)
			.containsExactly(aItems.get(0).id(), bItems.get(0).id(), bItems.get(1).id());
		assertThat(due).extracting(DueView::daysOverdue).containsExactly(8L, 1L, 1L);
		for (PlanRef plan : List.of(a, b)) {
			this.plans.status(plan, PlanStatus.ARCHIVED);
		}
		assertThat(mine(staff, a, b)).isEmpty();
	}

	@Test
	void returnedReportsReachTheirReporterAndWaitingWorkItsReviewersNeverTheirOwn() throws Exception {
		this.clock.setTo(LocalDate.of(LocalDate.now().getYear(), 6, 15), LocalTime.of(10, 0));
		LocalDate today = this.clock.today();
		PlanRef plan = this.plans.create(1, 2, 1);
		List<ItemRef> items = this.plans.items(plan);
		long unit = items.get(0).leadUnitId();
		TargetRef first = this.plans.targets(items.get(0)).get(0);
		TargetRef second = this.plans.targets(items.get(1)).get(0);
		UserDetails admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		TestUser adminUser = this.users.create(Role.ADMIN, Set.of(), false);
		TestUser reporter = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser colleague = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser reviewer = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser otherUnit = this.users.create(Role.STAFF, Set.of(this.plans.unit("其他单位").id()), false);
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		this.mvc
			.perform(post("/plans/{p}/reviewers", plan.id()).param("userId", Long.toString(reviewer.id()))
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/plans/{p}/review-settings", plan.id()).param("enabled", "true")
				.param("version", "-1")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		long returnedId = report(reporter, first, "4");
		long colleagues = report(colleague, second, "5");
		long reviewersOwn = report(reviewer, second, "6");
		this.mvc
			.perform(post("/reports/{r}/return", returnedId).param("version", Long.toString(version(returnedId)))
				.param("reason", "佐证材料不足")
				.with(user(this.users.principal(reviewer)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		askToClose(colleague, items.get(1));
		askToClose(reviewer, items.get(0));

		// the returned report: its reporter's only, with the reason
		List<ReturnedView> returned = returned(reporter, plan);
		assertThat(returned).extracting(ReturnedView::reportId).containsExactly(returnedId);
		assertThat(returned.get(0).reason()).isEqualTo("佐证材料不足");
		assertThat(returned.get(0).returnedOn()).isEqualTo(today);
		for (TestUser other : List.of(colleague, reviewer, otherUnit, leader, adminUser)) {
			assertThat(returned(other, plan)).isEmpty();
		}
		String reporterPage = page(reporter);
		assertThat(reporterPage).contains("佐证材料不足", "/targets/" + first.id() + "/progress?revises=" + returnedId);
		assertThat(reporterPage).doesNotContain("id=\"pending-reports\"");
		followLinks(reporter, reporterPage);

		// the named reviewer: the colleague's report and closing, not their own
		assertThat(pending(reviewer, plan)).extracting(PendingView::reportId).containsExactly(colleagues);
		assertThat(closings(reviewer, plan)).extracting(ClosingView::itemId).containsExactly(items.get(1).id());
		String reviewerPage = page(reviewer);
		assertThat(reviewerPage).contains("/plans/" + plan.id() + "/reviews#pending-" + colleagues,
				"/items/" + items.get(1).id() + "/closing");
		followLinks(reviewer, reviewerPage);

		// where a plan names reviewers, ADMIN is not asked; nobody else is either
		for (TestUser other : List.of(reporter, colleague, otherUnit, leader, adminUser)) {
			assertThat(pending(other, plan)).isEmpty();
			assertThat(closings(other, plan)).isEmpty();
		}
		assertThat(page(adminUser)).contains("id=\"pending-reports\"", "id=\"waiting-closings\"");
		assertThat(page(leader)).doesNotContain("id=\"pending-reports\"", "id=\"reports-returned\"");

		// without named reviewers, ADMIN is asked: both pending reports, both closings
		this.mvc
			.perform(post("/plans/{p}/reviewers/{u}/remove", plan.id(), reviewer.id()).with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(pending(adminUser, plan)).extracting(PendingView::reportId)
			.containsExactly(colleagues, reviewersOwn);
		assertThat(closings(adminUser, plan)).extracting(ClosingView::itemId)
			.containsExactlyInAnyOrder(items.get(0).id(), items.get(1).id());
		assertThat(pending(reviewer, plan)).isEmpty();
		followLinks(adminUser, page(adminUser));
	}

	@Test
	void rectificationsReachTheirUnitsStaffAndThoseReportedDoneTheirReviewersNeverTheirOwn() throws Exception {
		this.clock.setTo(LocalDate.of(LocalDate.now().getYear(), 6, 15), LocalTime.of(10, 0));
		LocalDate today = this.clock.today();
		PlanRef plan = this.plans.create(1, 2, 1);
		List<ItemRef> items = this.plans.items(plan);
		long unit = items.get(0).leadUnitId();
		TargetRef first = this.plans.targets(items.get(0)).get(0);
		TargetRef second = this.plans.targets(items.get(1)).get(0);
		UserDetails admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		TestUser staff = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser reviewer = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser otherUnit = this.users.create(Role.STAFF, Set.of(this.plans.unit("其他单位").id()), false);
		TestUser leader = this.users.create(Role.LEADER, Set.of(unit), false);
		this.mvc
			.perform(post("/plans/{p}/reviewers", plan.id()).param("userId", Long.toString(reviewer.id()))
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long firstReport = this.progress.report(first.id(), plan.id(), BigDecimal.ZERO, null, today, "进展", staff.id(),
				at(today.getYear(), 6, 15));
		long secondReport = this.progress.report(second.id(), plan.id(), BigDecimal.ZERO, null, today, "进展", staff.id(),
				at(today.getYear(), 6, 15));
		long later = this.progress.rectification(items.get(1).id(), plan.id(), second.id(), secondReport, "补齐台账",
				today.plusDays(10), unit);
		long overdue = this.progress.rectification(items.get(0).id(), plan.id(), first.id(), firstReport, "落实活动场地",
				today.minusDays(2), unit);

		// the unit's staff owe both, the overdue one first; another unit and a leader
		// none
		assertThat(rectifications(staff, plan)).containsExactly(overdue, later);
		String staffPage = page(staff);
		assertThat(staffPage).contains("落实活动场地", "已逾期", "/rectifications/" + overdue);
		followLinks(staff, staffPage);
		assertThat(rectifications(otherUnit, plan)).isEmpty();
		assertThat(rectifications(leader, plan)).isEmpty();

		// reported done by the staff: no longer theirs to do, the named reviewer's to
		// review
		this.jdbc.update("update rectification set state = 'DONE_REPORTED', reporter_id = ?, done_summary = '已补齐'"
				+ " where id = ?", staff.id(), later);
		assertThat(rectifications(staff, plan)).containsExactly(overdue);
		assertThat(waitingRectifications(reviewer, plan)).containsExactly(later);
		assertThat(waitingRectifications(staff, plan)).isEmpty();
		String reviewerPage = page(reviewer);
		assertThat(reviewerPage).contains("id=\"waiting-rectifications\"", "/rectifications/" + later);
		followLinks(reviewer, reviewerPage);

		// reported done by the reviewer: never theirs to review
		this.jdbc.update("update rectification set reporter_id = ? where id = ?", reviewer.id(), later);
		assertThat(waitingRectifications(reviewer, plan)).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<Long> rectifications(TestUser person, PlanRef plan) throws Exception {
		return ((List<org.leagueplan.progress.RectificationSummary>) model(person, "rectifications")).stream()
			.filter(line -> line.planId() == plan.id())
			.map(org.leagueplan.progress.RectificationSummary::id)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Long> waitingRectifications(TestUser person, PlanRef plan) throws Exception {
		return ((List<org.leagueplan.progress.RectificationSummary>) model(person, "waitingRectifications")).stream()
			.filter(line -> line.planId() == plan.id())
			.map(org.leagueplan.progress.RectificationSummary::id)
			.toList();
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/my-work")).andExpect(status().is3xxRedirection());
	}

	private void calendar(PlanRef plan, int dueDay) {
		ReportCalendar calendar = new ReportCalendar(plan.id());
		calendar.set(new ReportSchedule(ReportFrequency.MONTHLY, dueDay, 3, 3));
		this.calendars.save(calendar);
	}

	private static java.time.Instant at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(10, 0).atZone(TestClock.COMMITTEE).toInstant();
	}

	private long report(TestUser person, TargetRef target, String value) throws Exception {
		this.mvc
			.perform(multipart("/targets/{id}/progress", target.id()).param("value", value)
				.param("asOf", this.clock.today().toString())
				.param("narrative", "进展")
				.with(user(this.users.principal(person)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select max(id) from progress_report where target_id = ? and reported_by = ?",
				Long.class, target.id(), person.id());
	}

	private long version(long reportId) {
		return this.jdbc.queryForObject("select version from progress_report where id = ?", Long.class, reportId);
	}

	private void askToClose(TestUser person, ItemRef item) throws Exception {
		this.mvc
			.perform(post("/items/{i}/closing", item.id()).param("version", "-1")
				.param("summary", "已全部完成")
				.with(user(this.users.principal(person)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private Object model(TestUser person, String name) throws Exception {
		return this.mvc.perform(get("/my-work").with(user(this.users.principal(person))))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get(name);
	}

	/**
	 * The person's due lines of the given plans (other tests leave plans of their own).
	 */
	@SuppressWarnings("unchecked")
	private List<DueView> mine(TestUser person, PlanRef... plans) throws Exception {
		Set<Long> ids = java.util.Arrays.stream(plans).map(PlanRef::id).collect(java.util.stream.Collectors.toSet());
		return ((List<DueView>) model(person, "due")).stream().filter(line -> ids.contains(line.planId())).toList();
	}

	@SuppressWarnings("unchecked")
	private List<ReturnedView> returned(TestUser person, PlanRef plan) throws Exception {
		return ((List<ReturnedView>) model(person, "returned")).stream()
			.filter(line -> line.planId() == plan.id())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<PendingView> pending(TestUser person, PlanRef plan) throws Exception {
		return ((List<PendingView>) model(person, "pendingReports")).stream()
			.filter(line -> line.planId() == plan.id())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<ClosingView> closings(TestUser person, PlanRef plan) throws Exception {
		return ((List<ClosingView>) model(person, "waitingClosings")).stream()
			.filter(line -> line.planId() == plan.id())
			.toList();
	}

	private String page(TestUser person) throws Exception {
		MvcResult result = this.mvc.perform(get("/my-work").with(user(this.users.principal(person))))
			.andExpect(status().isOk())
			.andReturn();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Every item, target and plan link on the page opens for the person. */
	private void followLinks(TestUser person, String page) throws Exception {
		List<String> links = new ArrayList<>();
		Matcher matcher = HREF.matcher(page);
		while (matcher.find()) {
			links.add(matcher.group(1).replace("&amp;", "&"));
		}
		assertThat(links).isNotEmpty();
		for (String link : links.stream().distinct().toList()) {
			this.mvc.perform(get(link).with(user(this.users.principal(person)))).andExpect(status().isOk());
		}
	}

}
