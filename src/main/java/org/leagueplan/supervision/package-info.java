/**
 * Supervision (督办): what makes a unit act on the plan — the inbox of notices to each
 * person (to sign for an item, a report due or pressed, a report returned, a bulletin),
 * and the loop built on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "plan", "progress", "account", "system" })
package org.leagueplan.supervision;
