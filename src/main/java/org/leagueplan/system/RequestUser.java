package org.leagueplan.system;

/**
 * The request attribute in which the security layer leaves the logged-in person's name
 * for the request log.
 */
public final class RequestUser {

	public static final String ATTRIBUTE = "leagueplan.user";

	private RequestUser() {
	}

}
