package org.leagueplan.plan;

import java.math.BigDecimal;

/**
 * A target's fields, defined once for every form that edits one — the target form and an import's target rows: name
 * (required, at most {@value #NAME_MAX} characters), kind (by default {@link #DEFAULT_KIND}), comparator (by default
 * {@link #DEFAULT_COMPARATOR}), target value and baseline (numbers from 0 with at most {@value #VALUE_DIGITS} digits
 * before the point and {@value #VALUE_FRACTION} after it, {@link #fits}), unit of measure (at most
 * {@value #UNIT_MAX}), due date, note (at most {@value #NOTE_MAX}). A percentage is at most 100 ({@link TargetKind}).
 * The columns of {@code plan_target} hold exactly these.
 */
public final class TargetFields {

	public static final int NAME_MAX = 200;

	public static final int UNIT_MAX = 20;

	public static final int NOTE_MAX = 500;

	/** Digits before the decimal point a target value or baseline may have. */
	public static final int VALUE_DIGITS = 12;

	/** Digits after the decimal point a target value or baseline may have. */
	public static final int VALUE_FRACTION = 2;

	/** The smallest target value or baseline, as Bean Validation's {@code @DecimalMin} reads it. */
	public static final String VALUE_MIN = "0";

	/** The largest target value or baseline. */
	public static final BigDecimal VALUE_MAX = new BigDecimal("999999999999.99");

	public static final TargetKind DEFAULT_KIND = TargetKind.COUNT;

	public static final TargetComparator DEFAULT_COMPARATOR = TargetComparator.AT_LEAST;

	private TargetFields() {
	}

	/** Whether a number fits a target value or baseline: not negative, at most {@link #VALUE_MAX}, two decimals. */
	public static boolean fits(BigDecimal value) {
		return value.signum() >= 0 && value.compareTo(VALUE_MAX) <= 0 && value.scale() <= VALUE_FRACTION;
	}

}
