package org.leagueplan.supervision;

/**
 * A plan's supervision settings changed (the sign-for deadline): the audit log records
 * it.
 *
 * @param planId the plan
 * @param before the settings before
 * @param after the settings after
 */
public record SupervisionSettingsChanged(long planId, String before, String after) {
}
