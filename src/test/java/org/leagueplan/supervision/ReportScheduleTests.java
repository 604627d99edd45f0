package org.leagueplan.supervision;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Due days, reminder windows and press steps of a reporting calendar. */
class ReportScheduleTests {

	private static final ReportSchedule MONTHLY_25 = new ReportSchedule(ReportFrequency.MONTHLY, 25, 3, 3);

	private static final ReportSchedule QUARTERLY_10 = new ReportSchedule(ReportFrequency.QUARTERLY, 10, 5, 7);

	@Test
	void monthlyDueDaysFallOnTheDayOfEveryMonthAcrossTheYearsEnd() {
		assertThat(MONTHLY_25.dueOnOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 25));
		assertThat(MONTHLY_25.dueOnOrAfter(LocalDate.of(2026, 12, 26))).isEqualTo(LocalDate.of(2027, 1, 25));
		assertThat(MONTHLY_25.dueOnOrBefore(LocalDate.of(2027, 1, 24))).isEqualTo(LocalDate.of(2026, 12, 25));
		assertThat(MONTHLY_25.previousDue(LocalDate.of(2027, 1, 25))).isEqualTo(LocalDate.of(2026, 12, 25));
	}

	@Test
	void quarterlyDueDaysFallInTheMonthAfterEachQuarter() {
		assertThat(QUARTERLY_10.dueOnOrAfter(LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 4, 10));
		assertThat(QUARTERLY_10.dueOnOrAfter(LocalDate.of(2026, 10, 11))).isEqualTo(LocalDate.of(2027, 1, 10));
		assertThat(QUARTERLY_10.dueOnOrBefore(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 7, 10));
		assertThat(QUARTERLY_10.previousDue(LocalDate.of(2026, 1, 10))).isEqualTo(LocalDate.of(2025, 10, 10));
	}

	@Test
	void theReminderWindowRunsFromNDaysBeforeToTheDayBefore() {
		assertThat(MONTHLY_25.upcomingDue(LocalDate.of(2026, 12, 21))).isEmpty();
		assertThat(MONTHLY_25.upcomingDue(LocalDate.of(2026, 12, 22))).contains(LocalDate.of(2026, 12, 25));
		assertThat(MONTHLY_25.upcomingDue(LocalDate.of(2026, 12, 24))).contains(LocalDate.of(2026, 12, 25));
		assertThat(MONTHLY_25.upcomingDue(LocalDate.of(2026, 12, 25))).isEmpty();
		ReportSchedule sameDayOnly = new ReportSchedule(ReportFrequency.MONTHLY, 25, 0, 3);
		assertThat(sameDayOnly.upcomingDue(LocalDate.of(2026, 12, 24))).isEmpty();
	}

	@Test
	void thePressStepGrowsEveryMDaysFromTheDueDay() {
		LocalDate due = LocalDate.of(2026, 12, 25);
		assertThat(MONTHLY_25.pressStep(due, due)).isZero();
		assertThat(MONTHLY_25.pressStep(due, due.plusDays(2))).isZero();
		assertThat(MONTHLY_25.pressStep(due, due.plusDays(3))).isEqualTo(1);
		assertThat(MONTHLY_25.pressStep(due, due.plusDays(10))).isEqualTo(3);
	}

}
