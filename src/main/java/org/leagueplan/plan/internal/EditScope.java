package org.leagueplan.plan.internal;

import java.util.Set;

/**
 * What the logged-in person may change in a plan: everything (ADMIN, or STAFF with the plan-wide editor right),
 * or the items whose lead or assisting unit is one of theirs (STAFF), or nothing (LEADER).
 */
public record EditScope(boolean wholePlan, Set<Long> unitIds) {

	public static final EditScope NOTHING = new EditScope(false, Set.of());

	public static final EditScope EVERYTHING = new EditScope(true, Set.of());

	/** Whether the person may change this item, its targets and milestones. */
	public boolean covers(PlanItem item) {
		if (this.wholePlan) {
			return true;
		}
		if (item.getLeadUnit() != null && this.unitIds.contains(item.getLeadUnit().getId())) {
			return true;
		}
		return item.getAssistUnits().stream().anyMatch(unit -> this.unitIds.contains(unit.getId()));
	}

	/** Whether an item with these units would still be the person's to change. */
	public boolean coversUnits(Long leadUnitId, Set<Long> assistUnitIds) {
		return this.wholePlan || (leadUnitId != null && this.unitIds.contains(leadUnitId))
				|| assistUnitIds.stream().anyMatch(this.unitIds::contains);
	}

}
