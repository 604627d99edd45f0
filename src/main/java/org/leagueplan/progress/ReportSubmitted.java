package org.leagueplan.progress;

/**
 * A report on a target was made; {@code pending} when it waits for a reviewer (the plan's
 * review is on), else it counts at once.
 */
public record ReportSubmitted(long reportId, long planId, long itemId, long reporterId, boolean pending) {
}
