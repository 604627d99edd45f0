package org.leagueplan.progress;

/**
 * How an item's or section's light follows from its parts.
 */
public enum Rollup {

	/** The worst part decides. */
	WORST,
	/** The share of parts on track decides. */
	WEIGHTED

}
