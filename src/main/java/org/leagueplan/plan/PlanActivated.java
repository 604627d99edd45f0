package org.leagueplan.plan;

/**
 * A plan's status became {@link PlanStatus#ACTIVE}: created active, switched to active on
 * its form, or imported as active. Published in the transaction of the change, once per
 * change to active (not when an active plan is saved again).
 *
 * @param planId the plan's id
 */
public record PlanActivated(long planId) {
}
