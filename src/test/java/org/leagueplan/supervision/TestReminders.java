package org.leagueplan.supervision;

import org.springframework.boot.test.context.TestComponent;

/**
 * Sets a plan's reporting calendar and runs the reminder job, for other modules' tests
 * (the job does not run on its own in tests: {@code config/application.properties}).
 */
@TestComponent
public class TestReminders {

	private final ReportCalendarRepository calendars;

	private final ReminderJob job;

	TestReminders(ReportCalendarRepository calendars, ReminderJob job) {
		this.calendars = calendars;
		this.job = job;
	}

	/**
	 * Reports on the plan are due monthly on the day, reminded the given number of days
	 * before and pressed every three days after.
	 */
	public void monthly(long planId, int dueDay, int remindDaysBefore) {
		ReportCalendar calendar = this.calendars.findById(planId).orElseGet(() -> new ReportCalendar(planId));
		calendar.set(new ReportSchedule(ReportFrequency.MONTHLY, dueDay, remindDaysBefore, 3));
		this.calendars.save(calendar);
	}

	/**
	 * Reports on the plan are due quarterly on the day (January, April, July, October),
	 * reminded three days before and pressed every three days after.
	 */
	public void quarterly(long planId, int dueDay) {
		ReportCalendar calendar = this.calendars.findById(planId).orElseGet(() -> new ReportCalendar(planId));
		calendar.set(new ReportSchedule(ReportFrequency.QUARTERLY, dueDay, 3, 3));
		this.calendars.save(calendar);
	}

	/** Runs the reminder job once, as its schedule does, on the clock's day. */
	public void runJob() {
		this.job.run();
	}

}
