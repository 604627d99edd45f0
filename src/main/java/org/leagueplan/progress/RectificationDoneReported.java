package org.leagueplan.progress;

/**
 * Staff of the item's units reported a rectification's corrective action done, with a
 * result summary: it waits for a reviewer. {@code doneStep} (the id of this step in the
 * rectification's trail) names this report, so each is told once.
 */
public record RectificationDoneReported(long rectificationId, long itemId, long planId, long reporterId,
		long doneStep) {
}
