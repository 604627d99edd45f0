package org.leagueplan.plan;

/**
 * A plan's status left {@link PlanStatus#ACTIVE} (back to draft, or archived) on its
 * form. Published in the transaction of the change, once per change away from active; its
 * counterpart is {@link PlanActivated}.
 *
 * @param planId the plan's id
 * @param status the status the plan has now
 */
public record PlanDeactivated(long planId, PlanStatus status) {
}
