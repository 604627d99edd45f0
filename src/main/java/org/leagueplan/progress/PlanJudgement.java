package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.progress.StatusRules.ItemJudgement;

/**
 * A plan as {@link PlanJudge} judged it on a day: the settings used, each target's latest
 * state and planned values as they stood then, and a verdict per item in the plan's
 * order.
 */
public record PlanJudgement(LocalDate day, StatusSettings settings, Map<Long, TargetProgress> latest,
		Map<Long, List<PlannedPoint>> planned, Map<Long, ItemVerdict> items) {

	public ItemVerdict item(long itemId) {
		return this.items.get(itemId);
	}

	/**
	 * The light of a group of items (a section, a unit) with these lights, by the
	 * settings judged with.
	 */
	public Light rollup(Collection<Light> lights) {
		return StatusRules.rollup(lights, this.settings.rollup());
	}

	/**
	 * An item on the day: the item with its status as of that day, its light, completion
	 * and overdue flag ({@code judged}), when it last had a report or an update by then,
	 * and whether it is silent (stale).
	 */
	public record ItemVerdict(ItemRef item, ItemJudgement judged, Instant lastActivity, boolean stale) {

		public Light light() {
			return this.judged.light();
		}

		public boolean overdue() {
			return this.judged.overdue();
		}

	}

}
