package org.leagueplan.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overdue rectifications (整改) are pressed like overdue reports, with the application's
 * clock fixed in Asia/Shanghai: from the day after the deadline, once per press step, to
 * the item's owner and the responsible unit's staff; never twice on a second run, and a
 * catch-up after downtime sends the current step only; not once it is reported done or
 * accepted, nor in a plan that is not active. Each lands on the item's reminder timeline.
 */
@SpringBootTest(properties = "leagueplan.reminders.cron=-")
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class })
class RectificationReminderTests {

	@Autowired
	private ReminderJob job;

	@Autowired
	private Reminders reminders;

	@Autowired
	private Pressing pressing;

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

	record Fixture(PlanRef plan, ItemRef item, long rectification, TestUser owner, TestUser staff,
			TestUser otherStaff) {
	}

	/** An active plan (or not) with one rectification due on the deadline. */
	private Fixture fixture(int year, LocalDate deadline, PlanStatus status) {
		this.clock.setTo(LocalDate.of(year, 1, 2), LocalTime.NOON);
		TestUser owner = this.users.create(Role.STAFF, Set.of(), false);
		PlanRef plan = this.plans.create(1, 1, 1, List.of(owner.id()));
		this.plans.status(plan, status);
		ItemRef item = this.plans.firstItem(plan);
		TestUser staff = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		TestUser otherStaff = this.users.create(Role.STAFF, Set.of(this.plans.unit("其他单位").id()), false);
		long target = this.plans.targets(item).get(0).id();
		long report = this.progress.report(target, plan.id(), BigDecimal.ZERO, null, LocalDate.of(year, 1, 2), "滞后",
				"场地未落实", "协调街道", null, staff.id(), this.clock.instant());
		long rectification = this.progress.rectification(item.id(), plan.id(), target, report, "协调街道提供场地", deadline,
				item.leadUnitId());
		return new Fixture(plan, item, rectification, owner, staff, otherStaff);
	}

	private List<String> keys(ItemRef item) {
		return this.jdbc.queryForList("select dedupe_key from inbox_entry where item_id = ? and kind = ? order by 1",
				String.class, item.id(), NoticeKind.RECTIFICATION_OVERDUE.name());
	}

	private void runAt(LocalDate day, LocalTime time) {
		this.clock.setTo(day, time);
		this.job.run();
	}

	private String key(Fixture f, LocalDate deadline, int step, TestUser reader) {
		return "rectification:" + f.rectification() + ":overdue:" + deadline + ":" + step + ":user:" + reader.id();
	}

	@Test
	void fromTheDayAfterTheDeadlineTheOwnerAndUnitStaffArePressedOncePerStepAndACatchUpSendsTheCurrentStepOnly() {
		LocalDate deadline = LocalDate.of(2041, 3, 10);
		Fixture f = fixture(2041, deadline, PlanStatus.ACTIVE);
		// the deadline day is not overdue, even late in the evening in Shanghai
		runAt(deadline, LocalTime.of(20, 0));
		assertThat(keys(f.item())).isEmpty();
		// 00:30 on the 11th in Shanghai is still the 10th in UTC: the committee's day
		// counts
		runAt(deadline.plusDays(1), LocalTime.of(0, 30));
		assertThat(keys(f.item())).containsExactlyInAnyOrder(key(f, deadline, 0, f.owner()),
				key(f, deadline, 0, f.staff()));
		// a second run, the same day and within the step: nothing again
		runAt(deadline.plusDays(1), LocalTime.of(9, 0));
		runAt(deadline.plusDays(3), LocalTime.of(9, 0));
		assertThat(this.reminders.remindOn(deadline.plusDays(3))).isZero();
		assertThat(keys(f.item())).hasSize(2);
		assertThat(this.jdbc.queryForObject("select count(*) from inbox_entry where user_id = ?", Integer.class,
				f.otherStaff().id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select note from inbox_entry where dedupe_key = ?", String.class,
				key(f, deadline, 0, f.staff())))
			.isEqualTo("整改期限2041-03-10已过，请尽快落实整改措施并报告整改完成：协调街道提供场地");

		// down from the 13th to the 21st: steps 1 and 2 are missed, step 3 is sent
		runAt(deadline.plusDays(11), LocalTime.of(10, 0));
		runAt(deadline.plusDays(11), LocalTime.of(11, 0));
		assertThat(keys(f.item())).containsExactlyInAnyOrder(key(f, deadline, 0, f.owner()),
				key(f, deadline, 0, f.staff()), key(f, deadline, 3, f.owner()), key(f, deadline, 3, f.staff()));

		// on the item's reminder timeline
		assertThat(this.pressing.timeline(f.item().id()).notices()).hasSize(4)
			.allSatisfy(entry -> assertThat(entry.getKind()).isEqualTo(NoticeKind.RECTIFICATION_OVERDUE));

		// a new deadline (a later red report) is pressed from its own step 0
		LocalDate later = deadline.plusDays(12);
		this.jdbc.update("update rectification set deadline = ? where id = ?", later, f.rectification());
		runAt(later.plusDays(1), LocalTime.of(10, 0));
		assertThat(keys(f.item())).hasSize(6).contains(key(f, later, 0, f.staff()));

		// reported done: the reviewer has it, the unit is not pressed; nor once accepted
		this.jdbc.update("update rectification set state = 'DONE_REPORTED' where id = ?", f.rectification());
		runAt(later.plusDays(10), LocalTime.of(10, 0));
		this.jdbc.update("update rectification set state = 'ACCEPTED', open_target_id = null where id = ?",
				f.rectification());
		runAt(later.plusDays(20), LocalTime.of(10, 0));
		assertThat(keys(f.item())).hasSize(6);
		// returned: pressed again
		this.jdbc.update("update rectification set state = 'RETURNED' where id = ?", f.rectification());
		runAt(later.plusDays(20), LocalTime.of(10, 0));
		assertThat(keys(f.item())).hasSize(8).contains(key(f, later, 6, f.owner()));
	}

	@Test
	void theCalendarsPressIntervalCountsAndDraftPlansAreNotPressed() {
		LocalDate deadline = LocalDate.of(2042, 5, 20);
		Fixture f = fixture(2042, deadline, PlanStatus.ACTIVE);
		ReportCalendar calendar = new ReportCalendar(f.plan().id());
		calendar.set(new ReportSchedule(ReportFrequency.QUARTERLY, 28, 3, 7));
		this.calendars.save(calendar);
		Fixture draft = fixture(2042, deadline, PlanStatus.DRAFT);
		runAt(deadline.plusDays(7), LocalTime.of(10, 0));
		assertThat(keys(f.item())).containsExactlyInAnyOrder(key(f, deadline, 0, f.owner()),
				key(f, deadline, 0, f.staff()));
		runAt(deadline.plusDays(8), LocalTime.of(10, 0));
		assertThat(keys(f.item())).hasSize(4).contains(key(f, deadline, 1, f.staff()));
		assertThat(keys(draft.item())).isEmpty();
		// a completed item is not pressed
		this.jdbc.update("update plan_item set status = 'COMPLETED' where id = ?", f.item().id());
		runAt(deadline.plusDays(30), LocalTime.of(10, 0));
		assertThat(keys(f.item())).hasSize(4);
	}

}
