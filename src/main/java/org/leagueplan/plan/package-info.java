/**
 * Plan: yearly work plans with their sections, items, numeric targets, milestones and the
 * units responsible. Owns the plan tables and the staff's editing pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package org.leagueplan.plan;
