package org.leagueplan.supervision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 我的待办 and the unsigned list are read in a fixed number of statements: a unit with ten
 * times the assignments (and notices), the reports due, returned and waiting for review
 * and the closing requests costs the same.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestAssignments.class,
		TestProgress.class })
class MyWorkQueriesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestAssignments assignments;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TestClock clock;

	@Autowired
	private TestProgress progress;

	@Autowired
	private ReportCalendarRepository calendars;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void myWorkAndTheUnsignedListCostTheSameForTenTimesTheAssignments() throws Exception {
		this.clock.setTo(LocalDate.of(2026, 5, 4), LocalTime.of(9, 0));
		Assigned small = assigned(1);
		Assigned large = assigned(10);
		this.clock.setTo(LocalDate.of(2026, 5, 11), LocalTime.of(9, 0));

		assertThat(statementsFor("/my-work", large.staff())).isEqualTo(statementsFor("/my-work", small.staff()));
		TestUser office = this.users.create(Role.STAFF, Set.of(), true);
		assertThat(unsigned(large.plan(), office)).hasSize(20);
		assertThat(statementsFor("/plans/" + large.plan().id() + "/unsigned", office))
			.isEqualTo(statementsFor("/plans/" + small.plan().id() + "/unsigned", office));
	}

	@Test
	void dueReturnedAndWaitingReviewsCostTheSameForTenTimesTheRows() throws Exception {
		this.clock.setTo(LocalDate.of(2033, 1, 2), LocalTime.NOON);
		Reviewed small = reviewed(1);
		Reviewed large = reviewed(10);
		this.clock.setTo(LocalDate.of(2033, 6, 15), LocalTime.of(9, 0));

		assertThat(lines(large.reporter(), "due", large.plan())).hasSize(10);
		assertThat(lines(large.reporter(), "returned", large.plan())).hasSize(10);
		assertThat(lines(large.reviewer(), "pendingReports", large.plan())).hasSize(10);
		assertThat(lines(large.reviewer(), "waitingClosings", large.plan())).hasSize(10);
		assertThat(statementsFor("/my-work", large.reporter())).isEqualTo(statementsFor("/my-work", small.reporter()));
		assertThat(statementsFor("/my-work", large.reviewer())).isEqualTo(statementsFor("/my-work", small.reviewer()));
		for (Reviewed fixture : List.of(small, large)) {
			this.plans.status(fixture.plan(), PlanStatus.ARCHIVED);
		}
	}

	/**
	 * A plan due on the 10th of each month whose every item owes a report, has a report
	 * of the reporter's returned, a colleague's waiting and a colleague's closing request
	 * waiting for the plan's named reviewer.
	 */
	private Reviewed reviewed(int items) {
		PlanRef plan = this.plans.create(1, items, 1);
		long unit = this.plans.firstItem(plan).leadUnitId();
		TestUser reporter = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser colleague = this.users.create(Role.STAFF, Set.of(unit), false);
		TestUser reviewer = this.users.create(Role.STAFF, Set.of(), false);
		this.plans.status(plan, PlanStatus.ACTIVE);
		ReportCalendar calendar = new ReportCalendar(plan.id());
		calendar.set(new ReportSchedule(ReportFrequency.MONTHLY, 10, 3, 3));
		this.calendars.save(calendar);
		this.jdbc.update("insert into plan_reviewer (plan_id, user_id) values (?, ?)", plan.id(), reviewer.id());
		Instant january = this.clock.instant();
		for (ItemRef item : this.plans.items(plan)) {
			long target = this.plans.targets(item).get(0).id();
			long returned = this.progress.report(target, plan.id(), BigDecimal.ONE, null, LocalDate.of(2033, 1, 2),
					"进展", reporter.id(), january);
			this.jdbc.update("update progress_report set state = 'RETURNED' where id = ?", returned);
			this.jdbc.update(
					"insert into report_review (report_id, plan_id, action, reason, actor_id, acted_at) "
							+ "values (?, ?, 'RETURNED', '佐证不足', ?, ?)",
					returned, plan.id(), reviewer.id(), Timestamp.from(january));
			long pending = this.progress.report(target, plan.id(), BigDecimal.TEN, null, LocalDate.of(2033, 1, 2), "进展",
					colleague.id(), january);
			this.jdbc.update("update progress_report set state = 'PENDING' where id = ?", pending);
			this.jdbc.update("insert into item_closing (item_id, plan_id, state, summary, requester_id, version) "
					+ "values (?, ?, 'REQUESTED', '已完成', ?, 0)", item.id(), plan.id(), colleague.id());
			this.jdbc.update(
					"insert into item_closing_step (item_id, action, text, actor_id, acted_at) "
							+ "values (?, 'REQUESTED', '已完成', ?, ?)",
					item.id(), colleague.id(), Timestamp.from(january));
		}
		return new Reviewed(plan, reporter, reviewer);
	}

	private List<?> lines(TestUser person, String name, PlanRef plan) throws Exception {
		List<?> lines = (List<?>) this.mvc.perform(get("/my-work").with(user(this.users.principal(person))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get(name);
		return lines.stream().filter(line -> planOf(line) == plan.id()).toList();
	}

	private static long planOf(Object line) {
		if (line instanceof MyWork.DueView due) {
			return due.planId();
		}
		if (line instanceof MyWork.PendingView pending) {
			return pending.planId();
		}
		if (line instanceof MyWork.ClosingView closing) {
			return closing.planId();
		}
		return ((MyWork.ReturnedView) line).planId();
	}

	private record Reviewed(PlanRef plan, TestUser reporter, TestUser reviewer) {
	}

	private Assigned assigned(int items) {
		PlanRef plan = this.plans.create(1, items, 0);
		long unit = this.plans.firstItem(plan).leadUnitId();
		TestUser staff = this.users.create(Role.STAFF, Set.of(unit), false);
		this.plans.activate(plan);
		for (ItemRef item : this.plans.items(plan)) {
			this.assignments.awaitOpen(item.id(), unit);
		}
		return new Assigned(plan, staff);
	}

	private List<?> unsigned(PlanRef plan, TestUser person) throws Exception {
		return (List<?>) this.mvc
			.perform(get("/plans/" + plan.id() + "/unsigned").with(user(this.users.principal(person))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("unsigned");
	}

	private long statementsFor(String path, TestUser person) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(path).with(user(this.users.principal(person)))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private record Assigned(PlanRef plan, TestUser staff) {
	}

}
