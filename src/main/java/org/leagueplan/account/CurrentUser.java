package org.leagueplan.account;

import java.util.Set;

/**
 * The logged-in person as other modules need them for record-level rights: roles, the
 * units they belong to, and whether they may edit every item of a plan (the committee
 * office's plan-wide editor right).
 */
public record CurrentUser(long id, String username, Set<Role> roles, Set<Long> unitIds, boolean planWideEditor) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * ADMIN, or STAFF with the plan-wide editor right: may edit every item and the plan's
	 * structure.
	 */
	public boolean editsWholePlan() {
		return has(Role.ADMIN) || (has(Role.STAFF) && this.planWideEditor);
	}

}
