/**
 * Exchange: the plan workbook (Excel) — its layout, writing a plan with its lights and
 * history out, reading a workbook back into a plan, and matching and restoring the
 * history it brings. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
		allowedDependencies = { "plan", "progress", "account", "system" })
package org.leagueplan.exchange;
