package org.leagueplan.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
import org.leagueplan.system.CommitteeTime;
import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (整改, docs/supervision.md): a person's report that leaves its target far
 * behind sets a corrective action with a deadline, which opens the target's rectification
 * — or restates the one in progress; staff who may report on the item report it done with
 * a result summary; a reviewer of the plan (never the one who reported it done) accepts
 * it or returns it with a reason, and the unit reports it done again. Every step is
 * version-checked, written to the trail and the audit log, and published; a refused step
 * changes nothing. Overdue: its deadline has passed and it is not accepted.
 */
@Service
@Transactional
class Rectifications {

	/** The longest result summary of a report of done. */
	static final int MAX_SUMMARY = 2000;

	/** The longest reason of a return. */
	static final int MAX_REASON = 500;

	private final RectificationRepository rectifications;

	private final RectificationStepRepository trail;

	private final PlanPermissions permissions;

	private final PlanQueries plans;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CommitteeTime time;

	Rectifications(RectificationRepository rectifications, RectificationStepRepository trail,
			PlanPermissions permissions, PlanQueries plans, UserDirectory users, ApplicationEventPublisher events,
			Clock clock, CommitteeTime time) {
		this.rectifications = rectifications;
		this.trail = trail;
		this.permissions = permissions;
		this.plans = plans;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.time = time;
	}

	/** What a step came to. */
	enum Outcome {

		DONE, STALE, WRONG_STATE, OWN_REPORT, SUMMARY_REQUIRED, SUMMARY_TOO_LONG, SUMMARY_CHARACTERS, REASON_REQUIRED,
		REASON_TOO_LONG, REASON_CHARACTERS

	}

	/**
	 * A rectification as its page shows it, with what the viewer may do.
	 */
	record View(Rectification rectification, ItemContext item, String targetName, List<RectificationStep> trail,
			boolean overdue, boolean mayReportDone, boolean mayDecide) {
	}

	/**
	 * A person's report {@code reportId} left its target red with a corrective action and
	 * a deadline (checked by {@link ReportRules#deadlineViolations}): opens the target's
	 * rectification, or — one being in progress (not accepted) — restates its action,
	 * deadline and responsible unit, keeping where it stands. Runs in the report's
	 * transaction, the caller holding the lock on the target's progress row, so two
	 * reports on a target at once do not open two.
	 */
	void setByReport(long reportId, TargetRef target, ItemContext item, String action, LocalDate deadline, Long actor,
			Instant now) {
		long planId = item.plan().id();
		Long unitId = this.plans.itemUnits(item.itemId()).leadUnitId();
		Rectification rectification = this.rectifications.findInProgressForUpdate(target.id()).orElse(null);
		boolean updated = rectification != null;
		if (updated) {
			rectification.update(reportId, action, deadline, unitId);
		}
		else {
			rectification = new Rectification(item.itemId(), planId, target.id(), reportId, action, deadline, unitId,
					now);
		}
		rectification = this.rectifications.saveAndFlush(rectification);
		String stepAction = updated ? RectificationStep.UPDATED : RectificationStep.OPENED;
		RectificationStep step = this.trail
			.save(new RectificationStep(rectification.getId(), stepAction, action, deadline, reportId, actor, now));
		this.events
			.publishEvent(new ProgressReported("RECTIFICATION_" + stepAction, "rectification " + rectification.getId(),
					"item " + item.itemId() + ", target " + target.id() + ", " + deadline + ": " + action));
		this.events.publishEvent(new RectificationOpened(rectification.getId(), item.itemId(), planId, target.id(),
				unitId, deadline, updated, step.getId()));
	}

	@Transactional(readOnly = true)
	View view(long id) {
		Rectification rectification = this.rectifications.findById(id)
			.orElseThrow(() -> new NotFoundException("rectification", id));
		long itemId = rectification.getItemId();
		RectificationState state = rectification.getState();
		Long me = currentUserId();
		return new View(rectification, this.plans.itemContext(itemId),
				this.plans.target(rectification.getTargetId()).name(), this.trail.findByRectificationIdOrderByIdAsc(id),
				rectification.isOverdueOn(this.time.today()),
				state.owedByUnit() && this.permissions.mayReportOn(itemId),
				state == RectificationState.DONE_REPORTED && this.permissions.mayReview(rectification.getPlanId())
						&& (me == null || !me.equals(rectification.getReporterId())));
	}

	/**
	 * Reports the corrective action done with a result summary (required, at most
	 * {@link #MAX_SUMMARY} characters, no control characters but line breaks): staff who
	 * may report on the item, while it is open or returned.
	 */
	Outcome reportDone(long id, long version, String summary) {
		Rectification rectification = locked(id);
		this.permissions.checkReportOn(rectification.getItemId());
		if (rectification.getVersion() != version) {
			return Outcome.STALE;
		}
		if (!rectification.getState().owedByUnit()) {
			return Outcome.WRONG_STATE;
		}
		Outcome bad = textProblem(summary, MAX_SUMMARY, Outcome.SUMMARY_REQUIRED);
		if (bad != null) {
			return bad;
		}
		Long reporter = currentUserId();
		rectification.reportDone(summary, reporter);
		this.rectifications.saveAndFlush(rectification);
		RectificationStep step = this.trail.save(new RectificationStep(id, RectificationState.DONE_REPORTED.name(),
				summary, null, null, reporter, this.clock.instant()));
		this.events.publishEvent(new ProgressReported("RECTIFICATION_DONE_REPORTED", "rectification " + id, summary));
		this.events.publishEvent(new RectificationDoneReported(id, rectification.getItemId(), rectification.getPlanId(),
				idOrZero(reporter), step.getId()));
		return Outcome.DONE;
	}

	/** Accepts a rectification reported done: it is closed. */
	Outcome accept(long id, long version) {
		return decide(id, version, true, null);
	}

	/**
	 * Returns a rectification reported done to the unit with a reason (required, ≤
	 * {@link #MAX_REASON}).
	 */
	Outcome returnDone(long id, long version, String reason) {
		return decide(id, version, false, reason);
	}

	private Outcome decide(long id, long version, boolean accept, String reason) {
		Rectification rectification = locked(id);
		this.permissions.checkReview(rectification.getPlanId());
		if (rectification.getVersion() != version) {
			return Outcome.STALE;
		}
		if (rectification.getState() != RectificationState.DONE_REPORTED) {
			return Outcome.WRONG_STATE;
		}
		Long reviewer = currentUserId();
		if (reviewer != null && reviewer.equals(rectification.getReporterId())) {
			return Outcome.OWN_REPORT;
		}
		if (!accept) {
			Outcome bad = textProblem(reason, MAX_REASON, Outcome.REASON_REQUIRED);
			if (bad != null) {
				return bad;
			}
		}
		long doneStep = lastDoneStep(id);
		rectification.decide(accept);
		this.rectifications.saveAndFlush(rectification);
		RectificationState decided = accept ? RectificationState.ACCEPTED : RectificationState.RETURNED;
		this.trail.save(new RectificationStep(id, decided.name(), accept ? null : reason, null, null, reviewer,
				this.clock.instant()));
		this.events.publishEvent(new ProgressReported("RECTIFICATION_" + decided.name(), "rectification " + id,
				accept ? rectification.getDoneSummary() : reason));
		this.events.publishEvent(new RectificationDecided(id, rectification.getItemId(), rectification.getPlanId(),
				idOrZero(rectification.getReporterId()), idOrZero(reviewer), accept, accept ? null : reason, doneStep));
		return Outcome.DONE;
	}

	/**
	 * The rectification, locked for the step (before anything of it is read, so the
	 * version compared is the one stored); 404 when there is none.
	 */
	private Rectification locked(long id) {
		return this.rectifications.findForUpdate(id).orElseThrow(() -> new NotFoundException("rectification", id));
	}

	/** What is wrong with a summary or reason, or {@code null}. */
	private static Outcome textProblem(String text, int max, Outcome required) {
		StepText problem = StepText.problemOf(text, max);
		if (problem == null) {
			return null;
		}
		return (required == Outcome.SUMMARY_REQUIRED)
				? problem.as(required, Outcome.SUMMARY_TOO_LONG, Outcome.SUMMARY_CHARACTERS)
				: problem.as(required, Outcome.REASON_TOO_LONG, Outcome.REASON_CHARACTERS);
	}

	private long lastDoneStep(long id) {
		return this.trail.findFirstByRectificationIdAndActionOrderByIdDesc(id, RectificationState.DONE_REPORTED.name())
			.map(RectificationStep::getId)
			.orElse(0L);
	}

	private Long currentUserId() {
		return this.users.current().map(user -> user.id()).orElse(null);
	}

	private static long idOrZero(Long id) {
		return (id != null) ? id : 0;
	}

}
