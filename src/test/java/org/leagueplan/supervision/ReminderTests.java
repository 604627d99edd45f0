package org.leagueplan.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day's reminders, with the application's clock fixed (the committee in
 * Asia/Shanghai, whatever the server's zone): before the due day once, after it once per
 * press step, to the owner and the lead unit's staff of each item that owes a report;
 * never twice, however often or concurrently the job runs.
 */
@SpringBootTest(properties = "leagueplan.reminders.cron=-")
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class })
class ReminderTests {

	@Autowired
	private Reminders reminders;

	@Autowired
	private ReminderJob job;

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

	record Fixture(PlanRef plan, ItemRef first, ItemRef second, TestUser owner, TestUser staff, TestUser otherStaff) {
	}

	private Fixture plan(int year, ReportSchedule schedule) {
		this.clock.setTo(LocalDate.of(year, 1, 2), LocalTime.NOON);
		TestUser owner = this.users.create(Role.STAFF, Set.of(), false);
		PlanRef plan = this.plans.create(1, 2, 1, List.of(owner.id()));
		this.plans.status(plan, PlanStatus.ACTIVE);
		List<ItemRef> items = this.plans.items(plan);
		TestUser staff = this.users.create(Role.STAFF, Set.of(items.get(0).leadUnitId()), false);
		TestUser otherStaff = this.users.create(Role.STAFF, Set.of(this.plans.unit("其他单位").id()), false);
		ReportCalendar calendar = new ReportCalendar(plan.id());
		calendar.set(schedule);
		this.calendars.save(calendar);
		return new Fixture(plan, items.get(0), items.get(1), owner, staff, otherStaff);
	}

	private List<String> notices(ItemRef item) {
		return this.jdbc.queryForList(
				"select kind || ' ' || dedupe_key from inbox_entry where item_id = ? order by dedupe_key", String.class,
				item.id());
	}

	private List<String> notices(ItemRef item, NoticeKind kind) {
		return notices(item).stream().filter(notice -> notice.startsWith(kind.name() + " ")).toList();
	}

	private void runAt(LocalDate day, LocalTime time) {
		this.clock.setTo(day, time);
		this.job.run();
	}

	@Test
	void beforeTheDueDayTheOwnerAndLeadUnitStaffAreRemindedOnceJustAfterMidnightInShanghai() {
		Fixture f = plan(2031, new ReportSchedule(ReportFrequency.MONTHLY, 25, 3, 3));
		// 00:30 on the 22nd in Shanghai is still the 21st in UTC: the committee's day
		// counts
		runAt(LocalDate.of(2031, 3, 21), LocalTime.of(23, 50));
		assertThat(notices(f.first(), NoticeKind.REPORT_DUE)).isEmpty();
		runAt(LocalDate.of(2031, 3, 22), LocalTime.of(0, 30));
		String due = "REPORT_DUE remind:item:" + f.first().id() + ":2031-03-25:DUE:user:";
		assertThat(notices(f.first(), NoticeKind.REPORT_DUE)).containsExactlyInAnyOrder(due + f.owner().id(),
				due + f.staff().id());
		runAt(LocalDate.of(2031, 3, 23), LocalTime.of(9, 0));
		runAt(LocalDate.of(2031, 3, 24), LocalTime.of(23, 59));
		assertThat(notices(f.first(), NoticeKind.REPORT_DUE)).hasSize(2);
		// never reported: February's report is pressed too, at its current step only
		assertThat(notices(f.first(), NoticeKind.REPORT_OVERDUE)).containsExactlyInAnyOrder(
				"REPORT_OVERDUE remind:item:" + f.first().id() + ":2031-02-25:9:user:" + f.owner().id(),
				"REPORT_OVERDUE remind:item:" + f.first().id() + ":2031-02-25:9:user:" + f.staff().id(),
				"REPORT_OVERDUE remind:item:" + f.first().id() + ":2031-02-25:8:user:" + f.owner().id(),
				"REPORT_OVERDUE remind:item:" + f.first().id() + ":2031-02-25:8:user:" + f.staff().id());
		assertThat(this.jdbc.queryForObject("select count(*) from inbox_entry where user_id = ?", Integer.class,
				f.otherStaff().id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select note from inbox_entry where dedupe_key = ?", String.class,
				due.substring("REPORT_DUE ".length()) + f.owner().id()))
			.isEqualTo("请于2031-03-25前报送进展。");
	}

	@Test
	void afterTheDueDayItemsWithoutAReportArePressedOncePerStepAndACatchUpSendsTheCurrentStepOnly() {
		Fixture f = plan(2032, new ReportSchedule(ReportFrequency.MONTHLY, 25, 3, 3));
		long target = this.plans.targets(f.second()).get(0).id();
		this.progress.report(target, f.plan().id(), BigDecimal.ONE, null, LocalDate.of(2032, 3, 24), "进展", null,
				this.clock.instant()
					.plusSeconds(0)
					.atZone(TestClock.COMMITTEE)
					.withYear(2032)
					.withMonth(3)
					.withDayOfMonth(24)
					.toInstant());
		runAt(LocalDate.of(2032, 3, 25), LocalTime.of(8, 0));
		runAt(LocalDate.of(2032, 3, 27), LocalTime.of(8, 0));
		String step0 = "REPORT_OVERDUE remind:item:" + f.first().id() + ":2032-03-25:0:user:";
		assertThat(notices(f.first())).containsExactlyInAnyOrder(step0 + f.owner().id(), step0 + f.staff().id());
		assertThat(notices(f.second())).isEmpty();

		// down from the 27th to the 3rd of April: steps 1 and 2 are missed, step 3 is
		// sent
		runAt(LocalDate.of(2032, 4, 3), LocalTime.of(10, 0));
		String step3 = "REPORT_OVERDUE remind:item:" + f.first().id() + ":2032-03-25:3:user:";
		assertThat(notices(f.first())).containsExactlyInAnyOrder(step0 + f.owner().id(), step0 + f.staff().id(),
				step3 + f.owner().id(), step3 + f.staff().id());

		// a report after the due day stops the pressing
		this.progress.update(f.first().id(), f.plan().id(), ItemStatus.IN_PROGRESS, "已报送", f.owner().id(),
				this.clock.instant());
		runAt(LocalDate.of(2032, 4, 6), LocalTime.of(10, 0));
		assertThat(notices(f.first())).hasSize(4);
	}

	@Test
	void doneItemsPlansWithoutACalendarAndDraftPlansGetNoReminders() {
		Fixture f = plan(2033, new ReportSchedule(ReportFrequency.QUARTERLY, 10, 3, 3));
		this.jdbc.update("update plan_item set status = 'COMPLETED' where id = ?", f.second().id());
		this.clock.setTo(LocalDate.of(2033, 1, 2), LocalTime.NOON);
		PlanRef noCalendar = this.plans.create(1, 1, 1);
		this.plans.status(noCalendar, PlanStatus.ACTIVE);
		PlanRef draft = this.plans.create(1, 1, 1);
		ReportCalendar calendar = new ReportCalendar(draft.id());
		calendar.set(new ReportSchedule(ReportFrequency.MONTHLY, 10, 3, 3));
		this.calendars.save(calendar);
		runAt(LocalDate.of(2033, 4, 12), LocalTime.of(9, 0));
		assertThat(notices(f.first())).hasSize(2);
		assertThat(notices(f.second())).isEmpty();
		assertThat(notices(this.plans.items(noCalendar).get(0))).isEmpty();
		assertThat(notices(this.plans.items(draft).get(0))).isEmpty();
	}

	@Test
	void twoConcurrentRunsPostEachNoticeOnce() throws Exception {
		Fixture f = plan(2034, new ReportSchedule(ReportFrequency.MONTHLY, 25, 3, 3));
		this.clock.setTo(LocalDate.of(2034, 5, 26), LocalTime.of(8, 0));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> run = () -> this.reminders.remindOn(LocalDate.of(2034, 5, 26));
			List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
			int first = runs.get(0).get();
			int second = runs.get(1).get();
			assertThat(notices(f.first())).hasSize(2);
			assertThat(notices(f.second())).hasSize(2);
			assertThat(first + second).isGreaterThanOrEqualTo(4);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.reminders.remindOn(LocalDate.of(2034, 5, 26))).isZero();
	}

}
