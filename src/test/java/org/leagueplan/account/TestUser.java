package org.leagueplan.account;

/**
 * An account a test created, as other modules' tests see it: its id and the username to
 * log in with (the password is {@link TestUsers#PASSWORD}).
 */
public record TestUser(long id, String username) {

	static TestUser of(UserAccount account) {
		return new TestUser(account.getId(), account.getUsername());
	}

}
