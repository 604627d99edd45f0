package org.leagueplan.plan;

import java.math.BigDecimal;

/**
 * What a target counts: a number of things, a percentage, a done / not-done commitment,
 * or a deadline. Owns the rule "a percentage is at most 100", for a target's value and
 * baseline as for a reported value: every form, import and report asks
 * {@link #exceedsMaximum}.
 */
public enum TargetKind {

	COUNT, PERCENTAGE, YES_NO, DATE;

	/** The most a percentage may be. */
	public static final BigDecimal MAX_PERCENTAGE = BigDecimal.valueOf(100);

	/** The message code of a value above what its kind allows ("百分比不能超过100。"). */
	public static final String ABOVE_MAXIMUM = "target.percentage.max";

	/** Whether the target has a numeric target value. */
	public boolean isNumeric() {
		return this == COUNT || this == PERCENTAGE;
	}

	/**
	 * Whether {@code value} is more than this kind allows: a percentage above 100;
	 * nothing else has a maximum.
	 */
	public boolean exceedsMaximum(BigDecimal value) {
		return this == PERCENTAGE && value != null && value.compareTo(MAX_PERCENTAGE) > 0;
	}

}
