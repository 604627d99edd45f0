package org.leagueplan.progress;

/**
 * Someone asked to close (办结销号) an item; {@code requestStep} names this request (the id
 * of its step in the closing trail), so each request is told once.
 */
public record ClosingRequested(long itemId, long planId, long requesterId, long requestStep) {
}
