package org.leagueplan.supervision;

import org.leagueplan.plan.ItemUnitsChanged;
import org.leagueplan.plan.PlanActivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Assigns items when their plan becomes active or their units change, after the change is
 * committed (a publication left incomplete is delivered again at the next start; the
 * assignment and its notices are made once whatever the number of deliveries).
 */
@Component
class AssignmentListener {

	private final Assignments assignments;

	AssignmentListener(Assignments assignments) {
		this.assignments = assignments;
	}

	@ApplicationModuleListener
	void on(PlanActivated event) {
		this.assignments.assignPlan(event.planId());
	}

	@ApplicationModuleListener
	void on(ItemUnitsChanged event) {
		this.assignments.assignItem(event.itemId());
	}

}
