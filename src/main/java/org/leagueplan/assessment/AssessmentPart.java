package org.leagueplan.assessment;

/**
 * The parts of a unit's score, in the order the ranking shows them (docs/assessment.md).
 * Each is a rate from 0 to 1 on the day, or no data.
 */
enum AssessmentPart {

	/** Completion of the items the unit leads: the mean of their completion. */
	ITEMS,
	/** Its quotas: a rate given from outside (the quota module), none when not given. */
	QUOTAS,
	/**
	 * Reports on time: of the reports due from its items, those that came by the due day.
	 */
	ON_TIME,
	/** Returned reports, a penalty: 1 − returned / reports made on its items' targets. */
	RETURNED,
	/** Overdue items, a penalty: 1 − overdue / the items it leads. */
	OVERDUE,
	/** Rectifications closed: accepted / opened, of those it is responsible for. */
	RECTIFICATIONS

}
