package org.leagueplan.supervision;

/**
 * Something moved in the supervision loop (a unit signed for an item, the office pressed
 * one, a bulletin was issued): the audit log records it.
 *
 * @param kind e.g. {@code ASSIGNMENT_SIGNED}, {@code ITEM_PRESSED},
 * {@code BULLETIN_ISSUED} (the audit page names it by the message
 * {@code auditKind.<kind>})
 * @param subject the record, e.g. {@code item 12}
 * @param summary what happened, e.g. the note or message given
 */
public record SupervisionEvent(String kind, String subject, String summary) {
}
