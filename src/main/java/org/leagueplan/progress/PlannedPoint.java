package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A planned value of a time-phased target: {@code value} is due by {@code periodEnd}.
 */
public record PlannedPoint(LocalDate periodEnd, BigDecimal value) {
}
