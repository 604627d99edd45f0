package org.leagueplan.plan;

/**
 * What a target counts: a number of things, a percentage, a done / not-done commitment, or a deadline.
 */
public enum TargetKind {

	COUNT, PERCENTAGE, YES_NO, DATE;

	/** Whether the target has a numeric target value. */
	public boolean isNumeric() {
		return this == COUNT || this == PERCENTAGE;
	}

}
