/**
 * Audit: the record of logins, refusals, account changes and every change to plan data
 * (who, when in UTC, from which address, what, before and after), and the administrators'
 * page to search it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.leagueplan.audit;
