package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole plan (or part of one) as another module hands it over to be saved in one go —
 * an imported document or workbook after a person has checked it, or the demo plan. Items
 * name their units, owners are given by user id; {@code units} lists units to create
 * first if no unit has their name yet; a unit name that still no unit has is left out.
 * {@code active}: the new plan is active at once (else a draft). Items and targets may
 * carry a {@code key} of the caller's; {@link Saved} answers the ids they were saved
 * under by those keys. {@code sourcePlanId} (and a target's {@code sourceTargetId}) name
 * the plan and target a copy into a new year was made from ({@code null} otherwise).
 */
public record PlanDraft(int year, String title, String organization, String preamble, boolean active,
		List<UnitDraft> units, List<SectionDraft> sections, Long sourcePlanId) {

	/** A draft that is no copy of another plan. */
	public PlanDraft(int year, String title, String organization, String preamble, boolean active,
			List<UnitDraft> units, List<SectionDraft> sections) {
		this(year, title, organization, preamble, active, units, sections, null);
	}

	/** A unit the plan needs, created if missing. */
	public record UnitDraft(String name, UnitKind kind) {
	}

	/** Items, counted through all sections and subsections. */
	public int itemCount() {
		return this.sections.stream().mapToInt(SectionDraft::itemCount).sum();
	}

	public record SectionDraft(String title, List<ItemDraft> items, List<SectionDraft> subsections) {

		int itemCount() {
			return this.items.size() + this.subsections.stream().mapToInt(SectionDraft::itemCount).sum();
		}

	}

	/** {@code key}: the caller's name for the item, or {@code null}. */
	public record ItemDraft(String key, String heading, String text, String leadUnit, List<String> assistUnits,
			Long ownerId, LocalDate startDate, LocalDate endDate, ItemStatus status, List<TargetDraft> targets,
			List<MilestoneDraft> milestones) {
	}

	/**
	 * {@code key}: the caller's name for the target, or {@code null};
	 * {@code sourceTargetId}: the target it is a copy of, or {@code null}.
	 */
	public record TargetDraft(String key, String name, TargetKind kind, TargetComparator comparator, BigDecimal value,
			String unit, BigDecimal baseline, LocalDate dueDate, String note, Long sourceTargetId) {

		/** A target that is no copy of another. */
		public TargetDraft(String key, String name, TargetKind kind, TargetComparator comparator, BigDecimal value,
				String unit, BigDecimal baseline, LocalDate dueDate, String note) {
			this(key, name, kind, comparator, value, unit, baseline, dueDate, note, null);
		}

	}

	public record MilestoneDraft(String title, LocalDate date, boolean done) {
	}

	/**
	 * A saved draft: the plan's id, and the ids of the items and targets that had a key,
	 * by key.
	 */
	public record Saved(long planId, java.util.Map<String, Long> itemIds, java.util.Map<String, Long> targetIds) {
	}

}
