package org.leagueplan.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit's score is computed from, gathered on a day ({@code Assessments}).
 *
 * @param completions the completion (0–1) of each item the unit leads, as the plan's
 * judgement of the day gives it
 * @param overdueItems how many of those items are overdue on the day
 * @param quotaRate the rate of its quotas (0–1), or {@code null}: none given
 * @param reportsDue the reports its items' reporting calendar made due by the day
 * @param reportsOnTime how many of those came by their due day
 * @param reportsMade the reports made on its items' targets by the day
 * @param reportsReturned how many of those a reviewer returned by the day
 * @param rectificationsOpened the rectifications it is responsible for, opened by the day
 * @param rectificationsAccepted how many of those were accepted by the day
 */
record UnitFacts(long unitId, String unitName, List<BigDecimal> completions, int overdueItems, BigDecimal quotaRate,
		int reportsDue, int reportsOnTime, int reportsMade, int reportsReturned, int rectificationsOpened,
		int rectificationsAccepted) {

	/** The same facts with a quota rate. */
	UnitFacts withQuota(BigDecimal rate) {
		return new UnitFacts(this.unitId, this.unitName, this.completions, this.overdueItems, rate, this.reportsDue,
				this.reportsOnTime, this.reportsMade, this.reportsReturned, this.rectificationsOpened,
				this.rectificationsAccepted);
	}

	/** How many items the unit leads. */
	int items() {
		return this.completions.size();
	}

}
