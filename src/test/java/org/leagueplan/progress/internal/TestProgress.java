package org.leagueplan.progress.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.leagueplan.plan.ItemStatus;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores reports and item updates for tests with any as-of date and time, as {@link ProgressService} would store them
 * (the read model included), without its checks against today's date.
 */
@TestComponent
public class TestProgress {

	private final ProgressReportRepository reports;

	private final TargetProgressRowRepository latest;

	private final ItemUpdateRepository updates;

	private final PlannedValueRepository planned;

	TestProgress(ProgressReportRepository reports, TargetProgressRowRepository latest, ItemUpdateRepository updates,
			PlannedValueRepository planned) {
		this.reports = reports;
		this.latest = latest;
		this.updates = updates;
		this.planned = planned;
	}

	/** A planned value of a time-phased target. */
	@Transactional
	public void planned(long targetId, long planId, LocalDate periodEnd, BigDecimal value) {
		this.planned.save(new PlannedValue(targetId, planId, periodEnd, value));
	}

	/** A report on a target: a value (numeric targets) or a done flag, as of a day, made at a time by a user. */
	@Transactional
	public long report(long targetId, long planId, BigDecimal value, Boolean done, LocalDate asOf, String narrative,
			Long reportedBy, Instant reportedAt) {
		return report(targetId, planId, value, done, asOf, narrative, null, null, null, reportedBy, reportedAt);
	}

	/** The same with a lagging target's reason and action, correcting report {@code correctsId} (or none). */
	@Transactional
	public long report(long targetId, long planId, BigDecimal value, Boolean done, LocalDate asOf, String narrative,
			String reason, String correctiveAction, Long correctsId, Long reportedBy, Instant reportedAt) {
		ProgressReport report = this.reports.save(new ProgressReport(targetId, planId, value, done, asOf, narrative,
				reason, correctiveAction, correctsId, reportedBy, reportedAt));
		this.latest.ensureExists(targetId, planId, reportedAt);
		this.latest.findForUpdate(targetId).orElseThrow().take(report);
		return report.getId();
	}

	/** A status update of an item. */
	@Transactional
	public long update(long itemId, long planId, ItemStatus status, String narrative, Long reportedBy,
			Instant reportedAt) {
		return this.updates.save(new ItemUpdate(itemId, planId, status, narrative, reportedBy, reportedAt)).getId();
	}

}
