package org.leagueplan.supervision;

/**
 * An assignment moved: {@code ASSIGNED} (an item given to a unit), {@code WITHDRAWN} (the
 * unit taken off the item before signing), {@code REOPENED} (named on the item again) or
 * {@code SIGNED} (signed for by a staff member of the unit). The audit log records it, in
 * the transaction of the move.
 *
 * @param action what happened
 * @param assignmentId the assignment
 * @param planId its plan
 * @param itemId its item
 * @param unitId the unit it is assigned to
 * @param title the item's heading
 * @param before the assignment before the move, or {@code null}
 * @param after the assignment after it
 */
public record AssignmentChanged(String action, long assignmentId, long planId, long itemId, long unitId, String title,
		String before, String after) {
}
