package org.leagueplan.supervision;

/**
 * What the supervision module changed or sent, for the audit log: a reporting calendar
 * set, an item pressed by the office. Published inside the change's transaction.
 */
public record SupervisionChanged(String kind, String subject, String summary, String before, String after) {
}
