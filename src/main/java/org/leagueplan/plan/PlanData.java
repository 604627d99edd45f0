package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One plan as other modules read it: its active sections, items, targets and milestones, and the units and owners
 * they name. Plain values, safe to hold outside a transaction.
 */
public record PlanData(PlanRef plan, List<SectionRef> sections, List<ItemRef> items, List<TargetRef> targets,
		List<MilestoneRef> milestones, List<UnitRef> units) {

	public record PlanRef(long id, int year, String title, String organization) {
	}

	/** A plan offered in a plan selector: a draft or an archived plan is marked as such. */
	public record PlanChoice(long id, String title, boolean draft, boolean archived) {
	}

	/** A section with its label (一、 or (一)); {@code parentId} is {@code null} for a top-level section. */
	public record SectionRef(long id, Long parentId, String label, String title) {
	}

	public record ItemRef(long id, long sectionId, int number, String heading, Long leadUnitId, Set<Long> assistUnitIds,
			Long ownerId, String ownerName, LocalDate startDate, LocalDate endDate, ItemStatus status) {

		/** Whether the unit leads or assists this item. */
		public boolean involves(long unitId) {
			return (this.leadUnitId != null && this.leadUnitId == unitId) || this.assistUnitIds.contains(unitId);
		}

	}

	public record TargetRef(long id, long itemId, String name, TargetKind kind, TargetComparator comparator,
			BigDecimal targetValue, String unitLabel, BigDecimal baseline, LocalDate dueDate) {
	}

	public record MilestoneRef(long id, long itemId, String title, LocalDate dueDate, boolean done) {
	}

	public record UnitRef(long id, String name) {
	}

}
