package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole plan (or part of one) as another module hands it over to be saved in one go — an imported document or
 * workbook after a person has checked it. Units are named, owners given by user id; a unit name that no unit has is
 * left out.
 */
public record PlanDraft(int year, String title, String organization, String preamble, List<SectionDraft> sections) {

	/** Items, counted through all sections and subsections. */
	public int itemCount() {
		return this.sections.stream().mapToInt(SectionDraft::itemCount).sum();
	}

	public record SectionDraft(String title, List<ItemDraft> items, List<SectionDraft> subsections) {

		int itemCount() {
			return this.items.size() + this.subsections.stream().mapToInt(SectionDraft::itemCount).sum();
		}

	}

	public record ItemDraft(String heading, String text, String leadUnit, List<String> assistUnits, Long ownerId,
			LocalDate startDate, LocalDate endDate, ItemStatus status, List<TargetDraft> targets,
			List<MilestoneDraft> milestones) {
	}

	public record TargetDraft(String name, TargetKind kind, TargetComparator comparator, BigDecimal value, String unit,
			BigDecimal baseline, LocalDate dueDate, String note) {
	}

	public record MilestoneDraft(String title, LocalDate date, boolean done) {
	}

}
