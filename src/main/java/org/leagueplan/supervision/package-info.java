/**
 * Supervision (督办): what makes a unit act on the plan — the inbox of notices to each
 * person (to sign for an item, a report due or pressed, a report returned), the bulletins
 * issued to every unit, and the loop built on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "plan", "progress", "reporting", "account", "system" })
package org.leagueplan.supervision;
