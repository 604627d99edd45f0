package org.leagueplan.supervision;

import org.springframework.validation.Errors;

/** The reporting calendar of a plan as its page posts it. */
class CalendarForm {

	private ReportFrequency frequency = ReportFrequency.MONTHLY;

	private Integer dueDay = 25;

	private Integer remindDaysBefore = 3;

	private Integer pressEveryDays = 3;

	private Long version;

	static CalendarForm of(ReportCalendar calendar) {
		CalendarForm form = new CalendarForm();
		ReportSchedule schedule = calendar.schedule();
		form.frequency = schedule.frequency();
		form.dueDay = schedule.dueDay();
		form.remindDaysBefore = schedule.remindDaysBefore();
		form.pressEveryDays = schedule.pressEveryDays();
		form.version = calendar.getVersion();
		return form;
	}

	/**
	 * Rejects values outside their range with the calendar's own messages (a value that
	 * is not a number at all is already rejected by binding).
	 */
	void check(Errors errors) {
		if (this.frequency == null && !errors.hasFieldErrors("frequency")) {
			errors.rejectValue("frequency", "calendar.frequency.required");
		}
		range(errors, "dueDay", this.dueDay, 1, 28);
		range(errors, "remindDaysBefore", this.remindDaysBefore, 0, 27);
		range(errors, "pressEveryDays", this.pressEveryDays, 1, 90);
	}

	private static void range(Errors errors, String field, Integer value, int min, int max) {
		if (!errors.hasFieldErrors(field) && (value == null || value < min || value > max)) {
			errors.rejectValue(field, "calendar." + field + ".range");
		}
	}

	ReportSchedule schedule() {
		return new ReportSchedule(this.frequency, this.dueDay, this.remindDaysBefore, this.pressEveryDays);
	}

	public ReportFrequency getFrequency() {
		return this.frequency;
	}

	public void setFrequency(ReportFrequency frequency) {
		this.frequency = frequency;
	}

	public Integer getDueDay() {
		return this.dueDay;
	}

	public void setDueDay(Integer dueDay) {
		this.dueDay = dueDay;
	}

	public Integer getRemindDaysBefore() {
		return this.remindDaysBefore;
	}

	public void setRemindDaysBefore(Integer remindDaysBefore) {
		this.remindDaysBefore = remindDaysBefore;
	}

	public Integer getPressEveryDays() {
		return this.pressEveryDays;
	}

	public void setPressEveryDays(Integer pressEveryDays) {
		this.pressEveryDays = pressEveryDays;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
