package org.leagueplan.progress;

/**
 * A reviewer accepted a rectification reported done (it is closed) or returned it with
 * {@code reason} (null when accepted) to the unit; {@code reporterId} reported it done,
 * {@code doneStep} names the report of done decided.
 */
public record RectificationDecided(long rectificationId, long itemId, long planId, long reporterId, long reviewerId,
		boolean accepted, String reason, long doneStep) {
}
