package org.leagueplan.plan;

import java.util.Set;

/**
 * Which units lead or assist an item changed: the item was created with units, its form
 * changed them, or an import added it to an existing plan. Published in the transaction
 * of the change, and not when a save leaves the units as they were. Whether the plan is
 * active is for the listener to ask ({@link PlanQueries}); the units named here are those
 * after the change.
 *
 * @param planId the item's plan
 * @param itemId the item
 * @param leadUnitId the lead unit, or {@code null}
 * @param assistUnitIds the assisting units (without the lead unit)
 */
public record ItemUnitsChanged(long planId, long itemId, Long leadUnitId, Set<Long> assistUnitIds) {

	public ItemUnitsChanged {
		assistUnitIds = Set.copyOf(assistUnitIds);
	}

}
