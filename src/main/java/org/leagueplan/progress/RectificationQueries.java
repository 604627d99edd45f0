package org.leagueplan.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of rectifications (整改): a unit's rectifications to work on
 * (我的待办), a plan's list and counts (the office's list, the dashboard), and the overdue
 * ones the reminder job presses. Everyone logged in reads them. Overdue means the
 * deadline is before today (the committee's day) and it is not accepted.
 */
@Service
@Transactional(readOnly = true)
public class RectificationQueries {

	/** The states in which the unit owes work on a rectification. */
	private static final Set<RectificationState> OWED = Set.of(RectificationState.OPEN, RectificationState.RETURNED);

	private final RectificationRepository rectifications;

	private final PlanQueries plans;

	private final CommitteeTime time;

	private final RectificationStepRepository trail;

	private final ProgressQueries progress;

	RectificationQueries(RectificationRepository rectifications, PlanQueries plans, CommitteeTime time,
			RectificationStepRepository trail, ProgressQueries progress) {
		this.rectifications = rectifications;
		this.plans = plans;
		this.time = time;
		this.trail = trail;
		this.progress = progress;
	}

	/**
	 * The plan's rectifications opened by the day (known on it, as
	 * {@link ProgressQueries#knownOn} says), each with its responsible unit and whether a
	 * reviewer had accepted it by then (the trail's {@code ACCEPTED} step). Two queries,
	 * whatever their number.
	 */
	public List<RectificationOnDay> ofPlanOn(long planId, LocalDate day) {
		java.time.Instant until = this.progress.knownOn(day);
		Set<Long> accepted = Set
			.copyOf(this.trail.rectificationsWithStepBefore(planId, RectificationState.ACCEPTED.name(), until));
		return this.rectifications.findByPlanIdOrderByDeadlineAscIdAsc(planId)
			.stream()
			.filter(rectification -> rectification.getOpenedAt().isBefore(until))
			.map(rectification -> new RectificationOnDay(rectification.getId(), rectification.getItemId(),
					rectification.getUnitId(), accepted.contains(rectification.getId())))
			.toList();
	}

	/**
	 * A rectification as it stood on a day: its item, the unit responsible (none when the
	 * item had no lead unit), and whether it was accepted (closed) by then.
	 */
	public record RectificationOnDay(long id, long itemId, Long unitId, boolean accepted) {
	}

	/**
	 * The rectifications the units owe work on — open or returned, with the units
	 * responsible — overdue first, then by deadline (for 我的待办). One reported done and
	 * waiting for a reviewer is not the unit's to do.
	 */
	public List<RectificationSummary> toDoOfUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return sorted(summaries(this.rectifications.findByUnitIdInAndStateInOrderByDeadlineAscIdAsc(unitIds, OWED)));
	}

	/**
	 * The rectifications reported done and waiting for a reviewer that the person did not
	 * report done, by deadline (for 我的待办; whether the person reviews the plan is the
	 * caller's question).
	 */
	public List<RectificationSummary> waitingReviewNotBy(long userId) {
		return summaries(this.rectifications.findWaitingNotBy(userId, RectificationState.DONE_REPORTED));
	}

	/**
	 * Every rectification of the plan: the overdue first, then the others not accepted
	 * (by deadline), then the accepted ones.
	 */
	public List<RectificationSummary> ofPlan(long planId) {
		return sorted(summaries(this.rectifications.findByPlanIdOrderByDeadlineAscIdAsc(planId)));
	}

	/** Every rectification of the item, in the order of {@link #ofPlan}. */
	public List<RectificationSummary> ofItem(long itemId) {
		return sorted(summaries(this.rectifications.findByItemIdOrderByIdDesc(itemId)));
	}

	/** The target's rectification in progress (not accepted), if any. */
	public java.util.Optional<RectificationSummary> inProgressOfTarget(long targetId) {
		return this.rectifications.findByOpenTargetId(targetId).map(found -> summaries(List.of(found)).get(0));
	}

	/**
	 * The plan's rectifications the unit owes work on (open or returned) whose deadline
	 * is before {@code today}: the ones to press.
	 */
	public List<RectificationSummary> overdueToPress(long planId, LocalDate today) {
		return summaries(this.rectifications.findByPlanIdAndStateInOrderByDeadlineAscIdAsc(planId, OWED), today)
			.stream()
			.filter(RectificationSummary::overdue)
			.toList();
	}

	/** How many of the plan's rectifications are not accepted, and how many overdue. */
	public RectificationCounts counts(long planId) {
		return new RectificationCounts(
				this.rectifications.countByPlanIdAndStateNot(planId, RectificationState.ACCEPTED),
				this.rectifications.countOverdue(planId, RectificationState.ACCEPTED, this.time.today()));
	}

	/**
	 * A plan's rectifications not accepted ({@code inProgress}) and, of them, those
	 * overdue.
	 */
	public record RectificationCounts(long inProgress, long overdue) {
	}

	private List<RectificationSummary> summaries(List<Rectification> found) {
		return summaries(found, this.time.today());
	}

	private List<RectificationSummary> summaries(List<Rectification> found, LocalDate today) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, PlanQueries.ItemUnits> items = this.plans
			.itemUnits(found.stream().map(Rectification::getItemId).distinct().toList());
		Map<Long, TargetRef> targets = this.plans
			.targets(found.stream().map(Rectification::getTargetId).distinct().toList());
		return found.stream().map(rectification -> {
			PlanQueries.ItemUnits item = items.get(rectification.getItemId());
			TargetRef target = targets.get(rectification.getTargetId());
			return new RectificationSummary(rectification.getId(), rectification.getItemId(), rectification.getPlanId(),
					rectification.getTargetId(), (item != null) ? item.heading() : "",
					(target != null) ? target.name() : "", rectification.getAction(), rectification.getDeadline(),
					rectification.getState(), rectification.getUnitId(), rectification.isOverdueOn(today));
		}).toList();
	}

	/**
	 * Overdue first, then the others not accepted, then the accepted; each by deadline.
	 */
	private static List<RectificationSummary> sorted(List<RectificationSummary> summaries) {
		return summaries.stream()
			.sorted(Comparator.comparingInt(RectificationQueries::rank)
				.thenComparing(RectificationSummary::deadline)
				.thenComparingLong(RectificationSummary::id))
			.toList();
	}

	private static int rank(RectificationSummary summary) {
		if (summary.overdue()) {
			return 0;
		}
		return (summary.state() == RectificationState.ACCEPTED) ? 2 : 1;
	}

}
