package org.leagueplan.plan;

/**
 * A part of a plan was created, changed, archived, restored or moved: the audit log
 * records it.
 *
 * @param action {@code CREATED}, {@code UPDATED}, {@code ARCHIVED}, {@code RESTORED} or
 * {@code MOVED}
 * @param recordType {@code plan}, {@code section}, {@code item}, {@code target},
 * {@code milestone} or {@code unit}
 * @param recordId the record's id
 * @param title the record's title or name as it is now
 * @param before the fields before the change, or {@code null}
 * @param after the fields after the change, or {@code null}
 */
public record PlanChanged(String action, String recordType, long recordId, String title, String before, String after) {
}
