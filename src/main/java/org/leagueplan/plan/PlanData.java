package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One plan as other modules read it: its active sections, items, targets and milestones,
 * and the units and owners they name. Plain values, safe to hold outside a transaction.
 */
public record PlanData(PlanRef plan, List<SectionRef> sections, List<ItemRef> items, List<TargetRef> targets,
		List<MilestoneRef> milestones, List<UnitRef> units) {

	/** The top-level sections, in the plan's order. */
	public List<SectionRef> topSections() {
		return this.sections.stream().filter(section -> section.parentId() == null).toList();
	}

	/** The subsections of a section, in the plan's order. */
	public List<SectionRef> subsections(SectionRef section) {
		return this.sections.stream().filter(child -> Long.valueOf(section.id()).equals(child.parentId())).toList();
	}

	/** The section with the id. */
	public SectionRef section(long sectionId) {
		return this.sections.stream()
			.filter(section -> section.id() == sectionId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no section " + sectionId + " in plan " + this.plan.id()));
	}

	/**
	 * The top-level section an item stands in: its own section, or the section its
	 * subsection belongs to.
	 */
	public SectionRef topSection(ItemRef item) {
		SectionRef section = section(item.sectionId());
		return (section.parentId() != null) ? section(section.parentId()) : section;
	}

	/**
	 * The subsection an item stands in, or {@code null} for an item directly in a
	 * top-level section.
	 */
	public SectionRef subsection(ItemRef item) {
		SectionRef section = section(item.sectionId());
		return (section.parentId() != null) ? section : null;
	}

	/**
	 * Where an item stands as a reader names it: its section's label, then its
	 * subsection's ("二、(一)").
	 */
	public String placeLabel(ItemRef item) {
		SectionRef subsection = subsection(item);
		return topSection(item).label() + ((subsection != null) ? subsection.label() : "");
	}

	/** The targets by the id of their item, each item's in the plan's order. */
	public Map<Long, List<TargetRef>> targetsByItem() {
		return this.targets.stream().collect(Collectors.groupingBy(TargetRef::itemId));
	}

	/** The milestones by the id of their item, each item's in the plan's order. */
	public Map<Long, List<MilestoneRef>> milestonesByItem() {
		return this.milestones.stream().collect(Collectors.groupingBy(MilestoneRef::itemId));
	}

	public record PlanRef(long id, int year, String title, String organization) {
	}

	/**
	 * A plan offered in a plan selector: a draft or an archived plan is marked as such.
	 */
	public record PlanChoice(long id, String title, boolean draft, boolean archived) {
	}

	/**
	 * A section with its label (一、 or (一)); {@code parentId} is {@code null} for a
	 * top-level section.
	 */
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
