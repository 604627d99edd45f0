package org.leagueplan.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemUnits;
import org.leagueplan.progress.OpenReviews;
import org.leagueplan.progress.OpenReviews.PendingReport;
import org.leagueplan.progress.OpenReviews.ReturnedReport;
import org.leagueplan.progress.OpenReviews.WaitingClosing;
import org.leagueplan.progress.RectificationQueries;
import org.leagueplan.progress.RectificationSummary;
import org.leagueplan.system.CommitteeTime;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person owes, as 我的待办 shows it, read from the records as they stand (not from the
 * inbox): the assignments of their units waiting for a signature, by the item's due date
 * (items without one last), then by how long they wait; the reports they owe by the
 * plans' reporting calendars, whom they concern decided by {@link Reminders} (overdue
 * first); their reports returned by a reviewer; and, for whoever {@link ReviewerInbox}
 * asks to review a plan, the reports, closing requests and rectifications reported done
 * waiting (never their own); and the rectifications (整改) their units owe work on. A fixed
 * number of queries whatever the number of assignments, items and reports (a few per
 * active plan with a calendar).
 */
@Service
@Transactional(readOnly = true)
class MyWork {

	private final AssignmentRepository assignments;

	private final PlanQueries plans;

	private final SignForOverview overview;

	private final CommitteeTime time;

	private final Reminders reminders;

	private final OpenReviews reviews;

	private final ReviewerInbox reviewers;

	private final RectificationQueries rectifications;

	MyWork(AssignmentRepository assignments, PlanQueries plans, SignForOverview overview, CommitteeTime time,
			Reminders reminders, OpenReviews reviews, ReviewerInbox reviewers, RectificationQueries rectifications) {
		this.rectifications = rectifications;
		this.assignments = assignments;
		this.plans = plans;
		this.overview = overview;
		this.time = time;
		this.reminders = reminders;
		this.reviews = reviews;
		this.reviewers = reviewers;
	}

	/**
	 * The reports the person owes today by the plans' reporting calendars, one line per
	 * item: overdue ones first (the longest overdue first), then those due soon, by due
	 * day. The person is told of an item's report exactly when the reminders tell them
	 * ({@link Reminders#owedOn}).
	 */
	List<DueView> due(long userId) {
		LocalDate today = this.time.today();
		Map<Long, Reminders.Owed> byItem = new LinkedHashMap<>();
		for (Reminders.Owed owed : this.reminders.owedOn(today)) {
			if (owed.readers().contains(userId)) {
				// an item overdue for the last due day owes the coming one too: one
				// report settles both, so its line says overdue
				byItem.merge(owed.item().id(), owed, (first, second) -> second.passed() ? second : first);
			}
		}
		return byItem.values()
			.stream()
			.map(owed -> new DueView(owed.planId(), owed.planTitle(), owed.item().id(), owed.item().heading(),
					owed.due(), owed.passed() ? ChronoUnit.DAYS.between(owed.due(), today) : 0, owed.passed(),
					owed.targets().stream().map(target -> new TargetLink(target.id(), target.name())).toList()))
			.sorted(Comparator.comparing(DueView::dueDate)
				.thenComparing(DueView::planId)
				.thenComparing(DueView::itemId))
			.toList();
	}

	/**
	 * The person's returned reports and, where they are asked to review, the reports and
	 * closing requests waiting for them.
	 * @param mayReview whether the person may be asked to review at all (ADMIN or STAFF)
	 */
	ReviewWork reviewWork(long userId, boolean mayReview) {
		List<ReturnedReport> returned = this.reviews.returnedTo(userId);
		List<PendingReport> pending = List.of();
		List<WaitingClosing> closings = List.of();
		List<RectificationSummary> doneReported = List.of();
		if (mayReview) {
			pending = this.reviews.pendingNotBy(userId);
			closings = this.reviews.closingsWaitingNotBy(userId);
			doneReported = this.rectifications.waitingReviewNotBy(userId);
			Set<Long> planIds = new HashSet<>();
			pending.forEach(report -> planIds.add(report.planId()));
			closings.forEach(closing -> planIds.add(closing.planId()));
			doneReported.forEach(rectification -> planIds.add(rectification.planId()));
			Set<Long> asking = this.reviewers.plansAsking(userId, planIds);
			pending = pending.stream().filter(report -> asking.contains(report.planId())).toList();
			closings = closings.stream().filter(closing -> asking.contains(closing.planId())).toList();
			doneReported = doneReported.stream()
				.filter(rectification -> asking.contains(rectification.planId()))
				.toList();
		}
		Set<Long> targetIds = new HashSet<>();
		returned.forEach(report -> targetIds.add(report.targetId()));
		pending.forEach(report -> targetIds.add(report.targetId()));
		Map<Long, TargetRef> targets = this.plans.targets(targetIds);
		Set<Long> itemIds = new HashSet<>();
		targets.values().forEach(target -> itemIds.add(target.itemId()));
		closings.forEach(closing -> itemIds.add(closing.itemId()));
		Map<Long, ItemUnits> items = this.plans.itemUnits(itemIds);
		List<ReturnedView> returnedViews = new ArrayList<>();
		for (ReturnedReport report : returned) {
			TargetRef target = targets.get(report.targetId());
			ItemUnits item = (target != null) ? items.get(target.itemId()) : null;
			if (item != null) {
				returnedViews.add(new ReturnedView(report.id(), report.planId(), target.id(), target.name(),
						item.itemId(), item.heading(), item.planTitle(), report.asOf(), report.reason(),
						this.time.dayOf(report.returnedAt())));
			}
		}
		List<PendingView> pendingViews = new ArrayList<>();
		for (PendingReport report : pending) {
			TargetRef target = targets.get(report.targetId());
			ItemUnits item = (target != null) ? items.get(target.itemId()) : null;
			if (item != null) {
				pendingViews.add(new PendingView(report.id(), report.planId(), item.planTitle(), item.itemId(),
						item.heading(), target.name(), report.asOf(), this.time.dayOf(report.reportedAt())));
			}
		}
		List<ClosingView> closingViews = new ArrayList<>();
		for (WaitingClosing closing : closings) {
			ItemUnits item = items.get(closing.itemId());
			if (item != null) {
				closingViews.add(new ClosingView(closing.itemId(), closing.planId(), item.planTitle(), item.heading(),
						this.time.dayOf(closing.requestedAt())));
			}
		}
		return new ReviewWork(returnedViews, pendingViews, closingViews, doneReported);
	}

	/**
	 * The rectifications (整改) the units owe work on — open or returned — overdue first,
	 * then by deadline.
	 */
	List<RectificationSummary> rectificationsToDo(Collection<Long> unitIds) {
		return this.rectifications.toDoOfUnits(unitIds);
	}

	/** The units' open assignments, by due date. */
	List<AssignmentView> toSign(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return views(this.assignments.findOpenOfUnits(unitIds)).stream()
			.sorted(Comparator.comparing(AssignmentView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(AssignmentView::assignedOn)
				.thenComparing(AssignmentView::id))
			.toList();
	}

	/** One assignment as the signature page shows it. */
	AssignmentView assignment(long assignmentId) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("assignment", assignmentId));
		return views(List.of(assignment)).get(0);
	}

	private List<AssignmentView> views(List<Assignment> assignments) {
		Map<Long, ItemUnits> items = this.plans
			.itemUnits(assignments.stream().map(Assignment::getItemId).collect(Collectors.toSet()));
		Map<Long, String> unitNames = this.overview.unitNames();
		LocalDate today = this.time.today();
		return assignments.stream().filter(assignment -> items.containsKey(assignment.getItemId())).map(assignment -> {
			ItemUnits item = items.get(assignment.getItemId());
			LocalDate assignedOn = this.time.dayOf(assignment.getAssignedAt());
			return new AssignmentView(assignment.getId(), assignment.getVersion(), item.itemId(), item.heading(),
					item.planTitle(), Objects.requireNonNullElse(unitNames.get(assignment.getUnitId()), ""),
					assignment.getRole().name(), assignedOn, item.endDate(), ChronoUnit.DAYS.between(assignedOn, today),
					assignment.isSigned(), assignment.isWithdrawn());
		}).toList();
	}

	/**
	 * A report owed on an item: its report forms are its targets' (or, for an item
	 * without targets, its status update).
	 *
	 * @param daysOverdue whole committee days since the due day (0 on the day, and for a
	 * report still to come)
	 * @param overdue whether the due day is today or past
	 */
	public record DueView(long planId, String planTitle, long itemId, String itemHeading, LocalDate dueDate,
			long daysOverdue, boolean overdue, List<TargetLink> targets) {
	}

	/** A target whose report form a line links to. */
	public record TargetLink(long id, String name) {
	}

	/** What waits in review for a person. */
	record ReviewWork(List<ReturnedView> returned, List<PendingView> pendingReports, List<ClosingView> waitingClosings,
			List<RectificationSummary> waitingRectifications) {
	}

	/** A report of the person's returned with a reason, to be revised on its target. */
	public record ReturnedView(long reportId, long planId, long targetId, String targetName, long itemId,
			String itemHeading, String planTitle, LocalDate asOf, String reason, LocalDate returnedOn) {
	}

	/** A report waiting for the person's review. */
	public record PendingView(long reportId, long planId, String planTitle, long itemId, String itemHeading,
			String targetName, LocalDate asOf, LocalDate reportedOn) {
	}

	/** A request to close an item waiting for the person's decision. */
	public record ClosingView(long itemId, long planId, String planTitle, String itemHeading, LocalDate requestedOn) {
	}

	/**
	 * An assignment as a page shows it.
	 *
	 * @param role {@code LEAD} or {@code ASSIST}
	 * @param dueDate the item's end date, or {@code null}
	 * @param daysWaiting whole days from the day of assignment to today
	 */
	public record AssignmentView(long id, long version, long itemId, String itemHeading, String planTitle,
			String unitName, String role, LocalDate assignedOn, LocalDate dueDate, long daysWaiting, boolean signed,
			boolean withdrawn) {
	}

}
