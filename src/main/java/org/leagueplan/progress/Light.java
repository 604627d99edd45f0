package org.leagueplan.progress;

/**
 * The status light of a target, item or section, computed from reports, never typed
 * (docs/status-rules.md).
 */
public enum Light {

	/** Meets its comparator. */
	ACHIEVED,
	/** On or above the expected value for the day. */
	GREEN,
	/** Behind by at most the threshold. */
	YELLOW,
	/** Further behind, or past its due date and not achieved. */
	RED,
	/** Its period has not begun. */
	NOT_STARTED

}
