package org.leagueplan.account;

/**
 * A unit a user can belong to, as the account pages show it.
 */
public record UnitRef(long id, String name) {
}
