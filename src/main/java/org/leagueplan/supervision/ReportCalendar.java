package org.leagueplan.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A plan's reporting calendar (one row a plan; none: no reminders). */
@Entity
@Table(name = "report_calendar")
class ReportCalendar {

	@Id
	private Long planId;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private ReportFrequency frequency;

	private int dueDay;

	private int remindDaysBefore;

	private int pressEveryDays;

	protected ReportCalendar() {
	}

	ReportCalendar(long planId) {
		this.planId = planId;
	}

	void set(ReportSchedule schedule) {
		this.frequency = schedule.frequency();
		this.dueDay = schedule.dueDay();
		this.remindDaysBefore = schedule.remindDaysBefore();
		this.pressEveryDays = schedule.pressEveryDays();
	}

	ReportSchedule schedule() {
		return new ReportSchedule(this.frequency, this.dueDay, this.remindDaysBefore, this.pressEveryDays);
	}

	Long getPlanId() {
		return this.planId;
	}

	long getVersion() {
		return this.version;
	}

}
