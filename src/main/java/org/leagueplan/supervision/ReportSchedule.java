package org.leagueplan.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A plan's reporting calendar as values: when reports are due, how many days before a due
 * day the reminder goes, and every how many days after it the press (催办) repeats. The one
 * place that decides due days and press steps.
 */
record ReportSchedule(ReportFrequency frequency, int dueDay, int remindDaysBefore, int pressEveryDays) {

	/** The first due day on or after the day. */
	LocalDate dueOnOrAfter(LocalDate day) {
		LocalDate month = day.withDayOfMonth(1);
		while (true) {
			if (this.frequency.dueIn(month.getMonthValue()) && !month.withDayOfMonth(this.dueDay).isBefore(day)) {
				return month.withDayOfMonth(this.dueDay);
			}
			month = month.plusMonths(1);
		}
	}

	/** The last due day on or before the day. */
	LocalDate dueOnOrBefore(LocalDate day) {
		LocalDate month = day.withDayOfMonth(1);
		while (true) {
			if (this.frequency.dueIn(month.getMonthValue()) && !month.withDayOfMonth(this.dueDay).isAfter(day)) {
				return month.withDayOfMonth(this.dueDay);
			}
			month = month.minusMonths(1);
		}
	}

	/** The due day before the given one: a report after it counts for the given one. */
	LocalDate previousDue(LocalDate due) {
		return dueOnOrBefore(due.minusDays(1));
	}

	/**
	 * The day's reminder before the next due day, if the day is in its window (from
	 * {@code remindDaysBefore} days before, to the day before).
	 */
	java.util.Optional<LocalDate> upcomingDue(LocalDate today) {
		LocalDate due = dueOnOrAfter(today.plusDays(1));
		long daysBefore = ChronoUnit.DAYS.between(today, due);
		return (daysBefore <= this.remindDaysBefore) ? java.util.Optional.of(due) : java.util.Optional.empty();
	}

	/**
	 * The press step of a day past (or on) the due day: 0 on the due day and the next
	 * {@code pressEveryDays - 1} days, then 1, 2, …
	 */
	int pressStep(LocalDate due, LocalDate today) {
		return (int) (ChronoUnit.DAYS.between(due, today) / this.pressEveryDays);
	}

}
