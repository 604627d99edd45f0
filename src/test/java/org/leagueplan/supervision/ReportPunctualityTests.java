package org.leagueplan.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.leagueplan.supervision.ReportPunctuality.Punctuality;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports on time by the reminders' due rule: which due days count, an item done before a
 * due day owes nothing for it, a report in the window is on time, a plan without a
 * calendar has none due.
 */
@SpringBootTest(properties = "leagueplan.reminders.cron=-")
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class })
class ReportPunctualityTests {

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestProgress progress;

	@Autowired
	private ReportCalendarRepository calendars;

	@Autowired
	private PlanQueries planQueries;

	@Autowired
	private ReportPunctuality punctuality;

	@Autowired
	private TestClock clock;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void dueDaysUpToTheDayCountAndAnItemDoneOwesNothingAfterwards() {
		this.clock.setTo(LocalDate.of(2026, 8, 5), LocalTime.of(10, 0));
		PlanRef plan = this.plans.plan(2026, "按时报送 " + System.nanoTime(), PlanStatus.ACTIVE);
		SectionRef section = this.plans.section(plan, null, "部分", 1);
		ItemRef done = item(section, 1, "已完成");
		ItemRef silent = item(section, 2, "未报送");
		TargetRef target = this.plans.target(done, 1, "指标", TargetKind.COUNT, TargetComparator.AT_LEAST, BigDecimal.TEN,
				"个", null, null, null);
		quarterly(plan, 10);
		// reported on 5 January: on time for 10 January (window 11 October – 10 January)
		this.progress.report(target.id(), plan.id(), BigDecimal.ONE, null, LocalDate.of(2026, 1, 5), "报送", null,
				at(LocalDate.of(2026, 1, 5)));
		// nothing for 10 April; done on 1 May: nothing owed for 10 July
		this.progress.update(done.id(), plan.id(), ItemStatus.COMPLETED, "完成", null, at(LocalDate.of(2026, 5, 1)));

		var onTime = this.punctuality.ofPlan(this.planQueries.planData(plan.id()), LocalDate.of(2026, 7, 31));
		assertThat(onTime.get(done.id())).isEqualTo(new Punctuality(2, 1));
		assertThat(onTime.get(silent.id())).isEqualTo(new Punctuality(3, 0));
		// asked on 9 April: only 10 January
		assertThat(
				this.punctuality.ofPlan(this.planQueries.planData(plan.id()), LocalDate.of(2026, 4, 9)).get(done.id()))
			.isEqualTo(new Punctuality(1, 1));
	}

	@Test
	void aDueDayCountsOnceItIsOver() {
		this.clock.setTo(LocalDate.of(2026, 4, 10), LocalTime.of(9, 0));
		PlanRef plan = this.plans.plan(2026, "按时报送 " + System.nanoTime(), PlanStatus.ACTIVE);
		SectionRef section = this.plans.section(plan, null, "部分", 1);
		ItemRef silent = item(section, 1, "未报送");
		quarterly(plan, 10);
		// 10 April is today: not over, only 10 January counts
		assertThat(this.punctuality.ofPlan(this.planQueries.planData(plan.id()), LocalDate.of(2026, 4, 10))
			.get(silent.id())).isEqualTo(new Punctuality(1, 0));
	}

	@Test
	void aPlanWithoutACalendarHasNoReportsDue() {
		this.clock.setTo(LocalDate.of(2026, 8, 5), LocalTime.of(10, 0));
		PlanRef plan = this.plans.plan(2026, "按时报送 " + System.nanoTime(), PlanStatus.ACTIVE);
		item(this.plans.section(plan, null, "部分", 1), 1, "无日历");
		assertThat(this.punctuality.ofPlan(this.planQueries.planData(plan.id()), LocalDate.of(2026, 7, 31))).isEmpty();
	}

	private ItemRef item(SectionRef section, int position, String heading) {
		return this.plans.item(section, position, heading, heading, this.plans.unit("单位"), Set.of(), null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ItemStatus.IN_PROGRESS);
	}

	private void quarterly(PlanRef plan, int dueDay) {
		ReportCalendar calendar = new ReportCalendar(plan.id());
		calendar.set(new ReportSchedule(ReportFrequency.QUARTERLY, dueDay, 3, 3));
		this.calendars.save(calendar);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(TestClock.COMMITTEE).toInstant();
	}

}
