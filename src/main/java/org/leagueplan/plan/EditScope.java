package org.leagueplan.plan;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the logged-in person may change in a plan: everything (ADMIN, or STAFF with the
 * plan-wide editor right), or the items whose lead or assisting unit is one of theirs,
 * except which units lead and assist (STAFF), or nothing (LEADER).
 */
record EditScope(boolean wholePlan, Set<Long> unitIds) {

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

	/**
	 * Whether the person may give the item these lead and assisting units: who leads and
	 * who co-operates on an item is the plan's to decide, so only the plan-wide editors
	 * (the office, ADMIN) change it; a unit's STAFF edit the rest of their items and keep
	 * the units as they are.
	 */
	public boolean mayAssignUnits(PlanItem item, Long leadUnitId, Set<Long> assistUnitIds) {
		if (this.wholePlan) {
			return true;
		}
		Long lead = (item.getLeadUnit() != null) ? item.getLeadUnit().getId() : null;
		Set<Long> assists = item.getAssistUnits()
			.stream()
			.map(OrgUnit::getId)
			.filter(id -> !id.equals(lead))
			.collect(Collectors.toSet());
		return Objects.equals(lead, leadUnitId) && assists.equals(assistUnitIds);
	}

}
