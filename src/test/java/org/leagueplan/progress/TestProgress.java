package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.leagueplan.plan.ItemStatus;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores reports and item updates for tests with any as-of date and time, as
 * {@link ProgressService} would store them (the read model included), without its checks
 * against today's date.
 */
@TestComponent
public class TestProgress {

	private final ProgressReportRepository reports;

	private final TargetProgressRowRepository latest;

	private final ItemUpdateRepository updates;

	private final PlannedValueRepository planned;

	private final EvidenceRepository evidence;

	private final RectificationRepository rectifications;

	private final ReportReviewRepository reviews;

	private final RectificationStepRepository trail;

	TestProgress(ProgressReportRepository reports, TargetProgressRowRepository latest, ItemUpdateRepository updates,
			PlannedValueRepository planned, EvidenceRepository evidence, RectificationRepository rectifications,
			ReportReviewRepository reviews, RectificationStepRepository trail) {
		this.reviews = reviews;
		this.trail = trail;
		this.evidence = evidence;
		this.rectifications = rectifications;
		this.reports = reports;
		this.latest = latest;
		this.updates = updates;
		this.planned = planned;
	}

	/**
	 * A web link as evidence of a report ({@code reportId}) or of an item update
	 * ({@code updateId}).
	 */
	@Transactional
	public void link(Long reportId, Long updateId, String url) {
		this.evidence.save(Evidence.link(reportId, updateId, url, Instant.now()));
	}

	/** An uploaded file as evidence of a report (its name only; no content is stored). */
	@Transactional
	public void file(long reportId, String name) {
		this.evidence.save(Evidence.file(reportId, null, name, "image/png", 12, Instant.now()));
	}

	/** A planned value of a time-phased target. */
	@Transactional
	public void planned(long targetId, long planId, LocalDate periodEnd, BigDecimal value) {
		this.planned.save(new PlannedValue(targetId, planId, periodEnd, value));
	}

	/**
	 * A report on a target: a value (numeric targets) or a done flag, as of a day, made
	 * at a time by a user.
	 */
	@Transactional
	public long report(long targetId, long planId, BigDecimal value, Boolean done, LocalDate asOf, String narrative,
			Long reportedBy, Instant reportedAt) {
		return report(targetId, planId, value, done, asOf, narrative, null, null, null, reportedBy, reportedAt);
	}

	/**
	 * The same with a lagging target's reason and action, correcting report
	 * {@code correctsId} (or none).
	 */
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

	/**
	 * A rectification (整改) of the target opened by report {@code reportId}, with any
	 * deadline (none of the form's checks), the unit responsible; answers its id.
	 */
	@Transactional
	public long rectification(long itemId, long planId, long targetId, long reportId, String action, LocalDate deadline,
			Long unitId) {
		return this.rectifications
			.save(new Rectification(itemId, planId, targetId, reportId, action, deadline, unitId, Instant.now()))
			.getId();
	}

	/**
	 * The same rectification opened at a given time (with its trail's first step).
	 */
	@Transactional
	public long rectification(long itemId, long planId, long targetId, long reportId, String action, LocalDate deadline,
			Long unitId, Instant openedAt) {
		long id = this.rectifications
			.save(new Rectification(itemId, planId, targetId, reportId, action, deadline, unitId, openedAt))
			.getId();
		this.trail
			.save(new RectificationStep(id, RectificationStep.OPENED, action, deadline, reportId, null, openedAt));
		return id;
	}

	/** A reviewer accepts the rectification at the given time (its state and trail). */
	@Transactional
	public void acceptRectification(long rectificationId, Instant at) {
		this.rectifications.findById(rectificationId).orElseThrow().decide(true);
		this.trail.save(
				new RectificationStep(rectificationId, RectificationState.ACCEPTED.name(), null, null, null, null, at));
	}

	/**
	 * A report made while the plan's review is on, returned by a reviewer at the given
	 * time with a reason (its state and review trail); it gives no value.
	 */
	@Transactional
	public long returnedReport(long targetId, long planId, BigDecimal value, LocalDate asOf, Long reportedBy,
			Instant reportedAt, Instant returnedAt) {
		ProgressReport report = new ProgressReport(targetId, planId, value, null, asOf, "returned", null, null, null,
				reportedBy, reportedAt);
		report.awaitReview(null);
		report.sendBack();
		report = this.reports.save(report);
		this.reviews
			.save(new ReportReview(report.getId(), planId, ReportReview.SUBMITTED, null, reportedBy, reportedAt));
		this.reviews.save(new ReportReview(report.getId(), planId, ReportReview.RETURNED, "数据有误", null, returnedAt));
		return report.getId();
	}

}
