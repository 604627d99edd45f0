package org.leagueplan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a target's value is raised when a plan is copied into the next year by a percentage
 * (0 to 100) — the one place of this rule (docs/next-year.md):
 * <ul>
 * <li>a count to reach (以上): raised and rounded <em>up</em> to a whole number (30 × 1.1 =
 * 33, 5 × 1.1 = 5.5 → 6);</li>
 * <li>a percentage to reach: raised, rounded half up to one decimal, and at most 100
 * ({@link TargetKind#exceedsMaximum});</li>
 * <li>a ceiling (以内, {@link TargetComparator#AT_MOST}): more ambition is a lower ceiling,
 * so it is <em>lowered</em> by the percentage — a count rounded down to a whole number
 * (10 × 0.9 = 9, 5 × 0.9 = 4.5 → 4), a percentage rounded half up to one decimal;</li>
 * <li>an exact value (恰好), a yes/no commitment and a deadline stay as they are, and so
 * does a target without a value.</li>
 * </ul>
 */
final class TargetRaise {

	/** The largest raise, in percent. */
	static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TargetRaise() {
	}

	/** Whether {@code percent} is a raise the copy accepts: 0 to 100. */
	static boolean isAllowed(BigDecimal percent) {
		return percent != null && percent.signum() >= 0 && percent.compareTo(MAX_PERCENT) <= 0;
	}

	/**
	 * The target value next year, raised by {@code percent} as the class comment says.
	 */
	static BigDecimal raised(TargetKind kind, TargetComparator comparator, BigDecimal value, BigDecimal percent) {
		if (value == null || !kind.isNumeric() || comparator == TargetComparator.EXACTLY || percent.signum() == 0) {
			return value;
		}
		boolean ceiling = comparator == TargetComparator.AT_MOST;
		BigDecimal factor = ceiling ? HUNDRED.subtract(percent) : HUNDRED.add(percent);
		BigDecimal changed = value.multiply(factor).divide(HUNDRED);
		BigDecimal rounded;
		if (kind == TargetKind.COUNT) {
			rounded = changed.setScale(0, ceiling ? RoundingMode.FLOOR : RoundingMode.CEILING);
		}
		else {
			rounded = changed.setScale(1, RoundingMode.HALF_UP);
		}
		return kind.exceedsMaximum(rounded) ? TargetKind.MAX_PERCENTAGE : rounded;
	}

}
