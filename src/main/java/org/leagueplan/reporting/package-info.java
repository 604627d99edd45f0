/**
 * Reporting: a plan written out — the Excel workbook ({@link org.leagueplan.reporting.PlanWorkbookLayout}, which the
 * importer reads back), the Word progress report laid out per GB/T 9704-2012, and their print views. Reads plan and
 * progress; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "plan", "progress", "account", "system" })
package org.leagueplan.reporting;
