package org.leagueplan.supervision;

import org.leagueplan.plan.ItemArchiveChanged;
import org.leagueplan.plan.ItemUnitsChanged;
import org.leagueplan.plan.PlanActivated;
import org.leagueplan.plan.PlanDeactivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Assigns items when their plan becomes active, their units change or they are restored,
 * and withdraws their open assignments when they are archived or their plan stops being
 * active, after the change is committed (a publication left incomplete is delivered again
 * at the next start; the assignment and its notices are made once whatever the number of
 * deliveries).
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

	/** Archived: withdrawn; restored: reopened (the item's state is read when heard). */
	@ApplicationModuleListener
	void on(ItemArchiveChanged event) {
		this.assignments.assignItem(event.itemId());
	}

	/** Back to draft or archived: the plan's open assignments are withdrawn. */
	@ApplicationModuleListener
	void on(PlanDeactivated event) {
		this.assignments.assignPlan(event.planId());
	}

}
