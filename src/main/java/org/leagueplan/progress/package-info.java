/**
 * Progress: reports on targets and items with evidence, time-phased planned values, and
 * the status lights computed from them (序时进度). Owns the progress tables and the reporting
 * pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package org.leagueplan.progress;
