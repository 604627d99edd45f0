package org.leagueplan.dashboard;

import java.time.LocalDate;

import org.leagueplan.progress.Light;

/**
 * What the dashboard and its lists are narrowed to; every field travels in the address,
 * so a view can be shared.
 *
 * @param sectionId a top-level section (its subsections included)
 * @param unitId a unit, leading or assisting
 * @param light the items' light
 * @param stale only items without a report for the stale period
 * @param overdue only items past their end or with an overdue target or milestone
 * @param asOf the day the lights are judged on
 */
record DashboardFilter(Long sectionId, Long unitId, Light light, boolean stale, boolean overdue, LocalDate asOf) {
}
