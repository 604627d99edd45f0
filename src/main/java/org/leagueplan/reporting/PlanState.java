package org.leagueplan.reporting;

import java.time.LocalDate;
import java.util.List;

import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlannedPoint;
import org.leagueplan.progress.TargetProgress;

/**
 * A plan as it stood on a day: its sections in order, each item with its units, lights
 * and targets with their latest values on that day. What every export and print view is
 * written from.
 *
 * @param blocks the top-level sections in order, each with its items and subsections
 * @param items every item in the order of the plan
 */
record PlanState(PlanRef plan, String preamble, LocalDate day, List<Block> blocks, List<ItemState> items) {

	/** The targets of the whole plan, in the order of the plan. */
	public List<TargetState> targets() {
		return this.items.stream().flatMap(item -> item.targets().stream()).toList();
	}

	/** A section with its items and (for a top-level section) its subsections. */
	public record Block(SectionRef section, List<ItemState> items, List<Block> children) {

		public boolean isEmpty() {
			return this.items.isEmpty() && this.children.isEmpty();
		}

	}

	/**
	 * An item on the day.
	 *
	 * @param topSection the top-level section (the item's own section when that is
	 * top-level)
	 * @param subsection the subsection, or {@code null} for an item directly in a section
	 * @param overdue past its end, or with a target or milestone past due, and not
	 * achieved
	 */
	public record ItemState(ItemRef item, SectionRef topSection, SectionRef subsection, String body, String leadUnit,
			List<String> assistUnits, Light light, boolean overdue, List<TargetState> targets,
			List<MilestoneState> milestones) {

		/** The section label of the item, e.g. "一、" or "一、(二)". */
		public String sectionLabel() {
			return this.topSection.label() + ((this.subsection != null) ? this.subsection.label() : "");
		}

	}

	/**
	 * A target on the day: its latest report as of the day ({@code null} before any) and
	 * its light.
	 */
	/**
	 * {@code planned}: the planned values of a time-phased target by period end, else
	 * empty.
	 */
	public record TargetState(TargetRef target, String note, TargetProgress latest, Light light,
			List<PlannedPoint> planned) {
	}

	public record MilestoneState(MilestoneRef milestone, Light light) {
	}

}
