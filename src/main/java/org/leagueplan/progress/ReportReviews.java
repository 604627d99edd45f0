package org.leagueplan.progress;

import java.time.Instant;
import java.util.List;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of progress reports (审核/退回, docs/supervision.md): a plan's review switch, and a
 * reviewer's approval or return of a pending report. Only approved reports count
 * ({@link ProgressQueries}); approving one brings its target's latest value up to date.
 * Every step is version-checked, written to the report's review trail and the audit log,
 * and published ({@link ReportReviewed}); a refused step changes nothing.
 */
@Service
@Transactional
class ReportReviews {

	/** The longest reason a return may give. */
	static final int MAX_REASON = 500;

	private final ProgressReportRepository reports;

	private final ReportReviewRepository trail;

	private final ReviewSettingRepository settings;

	private final TargetProgressRowRepository latest;

	private final PlanPermissions permissions;

	private final PlanQueries plans;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	ReportReviews(ProgressReportRepository reports, ReportReviewRepository trail, ReviewSettingRepository settings,
			TargetProgressRowRepository latest, PlanPermissions permissions, PlanQueries plans, UserDirectory users,
			ApplicationEventPublisher events, java.time.Clock clock) {
		this.reports = reports;
		this.trail = trail;
		this.settings = settings;
		this.latest = latest;
		this.permissions = permissions;
		this.plans = plans;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** What a review step came to. */
	enum Outcome {

		DONE, STALE, NOT_PENDING, OWN_REPORT, REASON_REQUIRED, REASON_TOO_LONG, REASON_CHARACTERS, CONFIRM

	}

	/** Whether the plan's reports wait for a reviewer before they count. */
	@Transactional(readOnly = true)
	boolean isOn(long planId) {
		return this.settings.findById(planId).map(ReviewSetting::isEnabled).orElse(false);
	}

	/** The plan's switch as its settings page shows it. */
	@Transactional(readOnly = true)
	SwitchState switchState(long planId) {
		this.permissions.checkWholePlanRight();
		ReviewSetting setting = this.settings.findById(planId).orElse(null);
		return new SwitchState(planId, setting != null && setting.isEnabled(),
				(setting != null) ? setting.getVersion() : -1,
				this.reports.countByPlanIdAndState(planId, ReportState.PENDING));
	}

	/**
	 * Switches the plan's review on or off (ADMIN, plan-wide editor). Switching on leaves
	 * every report as it is (made reports stay approved). Switching off with pending
	 * reports needs {@code confirmedPending} to be their number as the person saw it
	 * (else {@link Outcome#CONFIRM}); they are then approved as they stand, each with a
	 * line in its trail, and the audit log says how many.
	 * @param version the setting's version as shown, {@code -1} for a plan never switched
	 */
	Outcome switchReview(long planId, boolean enabled, long version, Long confirmedPending) {
		this.permissions.checkWholePlanRight();
		this.plans.planData(planId);
		ReviewSetting setting = this.settings.findById(planId).orElse(null);
		long stored = (setting != null) ? setting.getVersion() : -1;
		if (stored != version) {
			return Outcome.STALE;
		}
		boolean was = setting != null && setting.isEnabled();
		if (was == enabled) {
			return Outcome.DONE;
		}
		List<ProgressReport> pending = enabled ? List.of()
				: this.reports.findByPlanIdAndStateOrderByIdAsc(planId, ReportState.PENDING);
		if (!pending.isEmpty() && (confirmedPending == null || confirmedPending != pending.size())) {
			return Outcome.CONFIRM;
		}
		if (setting == null) {
			setting = new ReviewSetting(planId);
		}
		setting.setEnabled(enabled);
		this.settings.save(setting);
		Instant now = this.clock.instant();
		Long actor = currentUserId();
		for (ProgressReport report : pending) {
			report.approve();
			this.trail
				.save(new ReportReview(report.getId(), planId, ReportReview.APPROVED_ON_SWITCH_OFF, null, actor, now));
			refreshLatest(report.getTargetId(), planId, now);
			this.events.publishEvent(new ReportReviewed(report.getId(), planId, itemOf(report),
					idOrZero(report.getReportedBy()), idOrZero(actor), true, null));
		}
		this.events.publishEvent(new ProgressReported(enabled ? "REVIEW_SWITCHED_ON" : "REVIEW_SWITCHED_OFF",
				"plan " + planId, "#review.audit.switched|" + pending.size()));
		return Outcome.DONE;
	}

	/**
	 * Approves a pending report: it counts from now on. The reviewer may review the plan
	 * and is not the reporter; {@code version} is the report's as the reviewer saw it.
	 */
	Outcome approve(long reportId, long version) {
		return review(reportId, version, true, null);
	}

	/**
	 * Returns a pending report with a reason (required, at most {@link #MAX_REASON}
	 * characters, no control characters): it does not count; its reporter sees the reason
	 * and may revise it.
	 */
	Outcome returnReport(long reportId, long version, String reason) {
		return review(reportId, version, false, reason);
	}

	private Outcome review(long reportId, long version, boolean approve, String reason) {
		ProgressReport report = this.reports.findForUpdate(reportId)
			.orElseThrow(() -> new org.leagueplan.system.NotFoundException("report", reportId));
		this.permissions.checkReview(report.getPlanId());
		Long reviewer = currentUserId();
		if (reviewer != null && reviewer.equals(report.getReportedBy())) {
			return Outcome.OWN_REPORT;
		}
		if (report.getVersion() != version) {
			return Outcome.STALE;
		}
		if (!report.isPending()) {
			return Outcome.NOT_PENDING;
		}
		if (!approve) {
			Outcome bad = reasonProblem(reason);
			if (bad != null) {
				return bad;
			}
		}
		Instant now = this.clock.instant();
		long planId = report.getPlanId();
		if (approve) {
			report.approve();
		}
		else {
			report.sendBack();
		}
		this.reports.saveAndFlush(report);
		this.trail.save(new ReportReview(reportId, planId, approve ? ReportReview.APPROVED : ReportReview.RETURNED,
				approve ? null : reason, reviewer, now));
		if (approve) {
			refreshLatest(report.getTargetId(), planId, now);
		}
		this.events.publishEvent(new ProgressReported(approve ? "REPORT_APPROVED" : "REPORT_RETURNED",
				"report " + reportId, approve ? "target " + report.getTargetId() : reason));
		this.events.publishEvent(new ReportReviewed(reportId, planId, itemOf(report), idOrZero(report.getReportedBy()),
				idOrZero(reviewer), approve, approve ? null : reason));
		return Outcome.DONE;
	}

	/** What is wrong with a return's reason, or {@code null}. */
	static Outcome reasonProblem(String reason) {
		StepText problem = StepText.problemOf(reason, MAX_REASON);
		if (problem == null) {
			return null;
		}
		return problem.as(Outcome.REASON_REQUIRED, Outcome.REASON_TOO_LONG, Outcome.REASON_CHARACTERS);
	}

	/** The plan's pending reports, oldest first, for its reviewers. */
	@Transactional(readOnly = true)
	List<ProgressReport> pending(long planId) {
		this.permissions.checkReview(planId);
		return this.reports.findByPlanIdAndStateOrderByIdAsc(planId, ReportState.PENDING);
	}

	/**
	 * Brings a target's stored latest value up to date with its approved reports, taken
	 * in the order made (as {@link ProgressQueries} folds them).
	 */
	private void refreshLatest(long targetId, long planId, Instant now) {
		this.latest.ensureExists(targetId, planId, now);
		this.latest.findForUpdate(targetId)
			.orElseThrow()
			.reset(ProgressQueries.fold(this.reports.findByTargetIdAndStateOrderByIdAsc(targetId, ReportState.APPROVED))
				.get(targetId));
	}

	private long itemOf(ProgressReport report) {
		return this.plans.target(report.getTargetId()).itemId();
	}

	private Long currentUserId() {
		return this.users.current().map(user -> user.id()).orElse(null);
	}

	private static long idOrZero(Long id) {
		return (id != null) ? id : 0;
	}

	/** A plan's review switch: on or off, its version, and how many reports wait. */
	record SwitchState(long planId, boolean enabled, long version, long pending) {
	}

}
