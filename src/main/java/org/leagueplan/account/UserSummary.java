package org.leagueplan.account;

/**
 * A user as other modules see one: enough to name an item's owner.
 */
public record UserSummary(long id, String username, String displayName) {
}
