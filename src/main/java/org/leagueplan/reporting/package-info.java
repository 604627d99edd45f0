/**
 * Reporting: a plan written out for reading — the Word progress report laid out per GB/T
 * 9704-2012 and the print views — from the plan and its judgement on a day, with an
 * appendix of the period's register entries. Reads plan, progress and register; owns no
 * tables. (The Excel workbook is the exchange module's.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "plan", "progress", "register", "account", "system" })
package org.leagueplan.reporting;
