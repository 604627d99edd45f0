package org.leagueplan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.progress.Light;

/**
 * A plan copied into a new year against the plan it was copied from (同比): each target's
 * value this year on {@code day} and last year on the same day ({@code lastYearDay}, 29
 * February read as 28 February) and at last year's end, both years' target values and the
 * change. {@code source} is {@code null} for a plan that is no copy.
 */
record YearOverYear(PlanRef plan, PlanRef source, LocalDate day, LocalDate lastYearDay, LocalDate lastYearEnd,
		List<Block> blocks) {

	public boolean hasSource() {
		return this.source != null;
	}

	/** A section (or subsection) of the plan with the items that have targets. */
	record Block(String label, String title, List<ItemRows> items) {
	}

	/** An item with a row per target. */
	record ItemRows(ItemRef item, List<Row> targets) {
	}

	/**
	 * One target: {@code lastTarget} the target it was copied from ({@code null} when it
	 * has none, e.g. added this year); values for a count or percentage, done flags for a
	 * yes/no or deadline target; {@code null} where nothing was reported.
	 */
	record Row(TargetRef target, TargetRef lastTarget, BigDecimal value, BigDecimal lastValue,
			BigDecimal lastFinalValue, Boolean done, Boolean lastDone, Boolean lastFinalDone, BigDecimal change,
			BigDecimal changePercent, Light light) {

		public boolean numeric() {
			return this.target.kind().isNumeric();
		}

	}

}
