package org.leagueplan.plan;

/**
 * An item was archived (taken out of its plan, kept whole) or restored. Published in the
 * transaction of the change by the structure's archive and restore. Whether the item is
 * archived when the news arrives is for the listener to ask ({@link PlanQueries}): an
 * archive and a restore in quick succession may be heard in either order.
 *
 * @param planId the item's plan
 * @param itemId the item
 * @param archived {@code true} when archived, {@code false} when restored
 */
public record ItemArchiveChanged(long planId, long itemId, boolean archived) {
}
