/**
 * Dashboard: the leaders' view of a plan — completion, lights per item, section and unit,
 * what is red, overdue or silent, what is due soon and who reports. Reads plan and
 * progress; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.leagueplan.dashboard;
