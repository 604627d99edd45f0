package org.leagueplan.account;

/**
 * What a person may do. ADMIN and STAFF edit the plan; LEADER reads it.
 */
public enum Role {

	ADMIN, STAFF, LEADER;

	/** The authority name Spring Security checks, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
