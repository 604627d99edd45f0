package org.leagueplan.progress;

import java.math.BigDecimal;

/**
 * The thresholds an administrator sets: how far behind (percentage points of the target
 * value) is still yellow, after how many days without a report an item is stale, and how
 * lights roll up.
 */
public record StatusSettings(BigDecimal yellowThreshold, int staleDays, Rollup rollup) {

	public static final StatusSettings DEFAULTS = new StatusSettings(BigDecimal.TEN, 30, Rollup.WORST);

}
