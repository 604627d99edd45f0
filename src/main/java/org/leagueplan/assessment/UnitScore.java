package org.leagueplan.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's place in the ranking: its rank (equal scores share one; {@code null} without a
 * score), its score out of 100 rounded to 2 decimals ({@code null} when no part has data
 * and weight), and each part.
 */
record UnitScore(long unitId, String unitName, Integer rank, BigDecimal score, List<PartScore> parts) {

	PartScore part(AssessmentPart part) {
		return this.parts.stream().filter(p -> p.part() == part).findFirst().orElseThrow();
	}

	/**
	 * One part of a score: its weight, its rate (0–1, carried to
	 * {@value UnitScores#RATE_SCALE} decimals; {@code null}: no data), the points it
	 * gives (weight × rate, re-scaled to 100 over the parts with data, rounded to 2
	 * decimals; {@code null}: no data) and what the rate was counted from ({@code count}
	 * of {@code of}; both {@code null} for a rate given as it is, e.g. quotas).
	 */
	record PartScore(AssessmentPart part, int weight, BigDecimal rate, BigDecimal points, Integer count, Integer of) {

		public boolean hasData() {
			return this.rate != null;
		}

		/** The rate in per cent (75 for 0.75), or {@code null}: no data. */
		public BigDecimal ratePercent() {
			return (this.rate != null) ? this.rate.multiply(BigDecimal.valueOf(100)) : null;
		}

	}

}
