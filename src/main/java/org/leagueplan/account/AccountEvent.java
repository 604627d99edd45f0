package org.leagueplan.account;

/**
 * Something happened to an account or a session: the audit log records it.
 *
 * @param kind what happened, e.g. {@code ACCOUNT_CREATED}, {@code ACCESS_DENIED}
 * @param subject the account or address concerned
 * @param summary a short description
 * @param before the state before, or {@code null}
 * @param after the state after, or {@code null}
 */
public record AccountEvent(String kind, String subject, String summary, String before, String after) {

	public static AccountEvent of(String kind, String subject, String summary) {
		return new AccountEvent(kind, subject, summary, null, null);
	}

}
