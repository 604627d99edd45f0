package org.leagueplan.progress;

/**
 * A reviewer accepted an item's closing request (the item is completed) or returned it
 * with {@code reason} (null when accepted); {@code requestStep} names the request
 * decided.
 */
public record ClosingDecided(long itemId, long planId, long requesterId, long reviewerId, boolean accepted,
		String reason, long requestStep) {
}
