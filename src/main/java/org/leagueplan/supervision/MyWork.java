package org.leagueplan.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemUnits;
import org.leagueplan.system.CommitteeTime;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person owes, as 我的待办 shows it: the assignments of their units waiting for a
 * signature, by the item's due date (items without one last), then by how long they wait.
 * A fixed number of queries whatever the number of assignments.
 */
@Service
@Transactional(readOnly = true)
class MyWork {

	private final AssignmentRepository assignments;

	private final PlanQueries plans;

	private final SignForOverview overview;

	private final CommitteeTime time;

	MyWork(AssignmentRepository assignments, PlanQueries plans, SignForOverview overview, CommitteeTime time) {
		this.assignments = assignments;
		this.plans = plans;
		this.overview = overview;
		this.time = time;
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
