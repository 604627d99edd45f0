package org.leagueplan.progress;

/**
 * Where a report stands in review: only an {@link #APPROVED} report counts (lights,
 * dashboard, target pages, reports and exports). Where a plan's review is off every
 * report is approved as it is made.
 */
enum ReportState {

	/** Made where review is on, waiting for a reviewer. */
	PENDING,
	/** Counts. */
	APPROVED,
	/** Sent back by a reviewer with a reason; the reporter may revise it. */
	RETURNED,
	/** Returned, then replaced by a revised report (which names it). */
	REVISED

}
