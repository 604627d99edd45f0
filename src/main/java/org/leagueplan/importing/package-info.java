/**
 * Importing: turns a committee's plan document (a Word file, text as written, or a plan
 * workbook read by the exchange module) into a structured plan — sections, items,
 * targets, periods, dates and commitments — for a person to check before it is saved with
 * the history a workbook brings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importing")
package org.leagueplan.importing;
