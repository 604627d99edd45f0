package org.leagueplan.progress;

/**
 * A reviewer approved a pending report (it counts from now) or returned it with
 * {@code reason} (null when approved).
 */
public record ReportReviewed(long reportId, long planId, long itemId, long reporterId, long reviewerId,
		boolean approved, String reason) {
}
