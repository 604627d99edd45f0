/**
 * Reporting: a plan written out for reading — the Word progress report laid out per GB/T
 * 9704-2012 and the print views — from the plan and its judgement on a day. Reads plan
 * and progress; owns no tables. (The Excel workbook is the exchange module's.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "plan", "progress", "account", "system" })
package org.leagueplan.reporting;
