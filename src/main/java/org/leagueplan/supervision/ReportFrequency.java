package org.leagueplan.supervision;

/** How often a plan's reports are due. */
enum ReportFrequency {

	/** Every month, on the calendar's day. */
	MONTHLY,

	/**
	 * On the calendar's day of the month after each quarter: January, April, July,
	 * October.
	 */
	QUARTERLY;

	/** Whether reports fall due in the month (1–12). */
	boolean dueIn(int month) {
		return this == MONTHLY || month % 3 == 1;
	}

}
