package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A target's latest reported state: the value (count, percentage) or done flag (yes/no,
 * deadline), as of a date.
 */
public record TargetProgress(long targetId, BigDecimal value, Boolean done, LocalDate asOf, Instant reportedAt,
		int reportCount) {
}
