package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries.ItemContext;

/**
 * Everything the target progress page shows; {@code today} is the day it is judged on
 * (评估日期), the plan's default day, which the report form proposes as its date. The light
 * and values count approved reports only; {@code history} holds every report with its
 * review state and {@code trail} its review steps; {@code pending} says how many wait for
 * a reviewer; {@code counted} that the value is counted ({@link CountedValues}: a
 * register's entries, units' quotas), so the page offers no report of a value.
 */
record TargetProgressView(TargetRef target, ItemContext item, Light light, BigDecimal actual, BigDecimal expected,
		LocalDate today, List<ProgressReport> history, Map<Long, List<Evidence>> evidence, Map<Long, String> reporters,
		List<PlannedPoint> planned, boolean mayReport, Map<Long, List<ReportReview>> trail, long pending,
		boolean counted) {

	/** The planned values as the form edits them: "2023-06-30 10", one per line. */
	public String plannedText() {
		return this.planned.stream()
			.map(point -> point.periodEnd() + " " + point.value().stripTrailingZeros().toPlainString())
			.collect(java.util.stream.Collectors.joining("\n"));
	}

}
