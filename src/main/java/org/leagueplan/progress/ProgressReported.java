package org.leagueplan.progress;

/**
 * Someone reported progress on a target or an item: the audit log records it.
 *
 * @param kind {@code TARGET_REPORTED} or {@code ITEM_UPDATED}
 * @param subject the target or item, e.g. {@code target 12}
 * @param summary what was reported
 */
public record ProgressReported(String kind, String subject, String summary) {
}
