package org.leagueplan.register;

/**
 * Where a register entry stands: PENDING waits for a reviewer, RETURNED was sent back
 * with a reason (its author revises and resubmits it), ACCEPTED counts from its date on,
 * WITHDRAWN (撤销) was accepted and taken back with a reason and counts on no day.
 */
enum EntryState {

	PENDING, RETURNED, ACCEPTED, WITHDRAWN

}
