/**
 * Account: user accounts, roles, login, password changes and the web security rules. Owns
 * the user tables; other modules read users only through
 * {@link org.leagueplan.account.UserDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.leagueplan.account;
