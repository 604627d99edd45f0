package org.leagueplan.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment's rule alone (docs/assessment.md, "The rule"): rates, the no-data rule
 * with its re-scaling, rounding and the ranking.
 */
class UnitScoresTests {

	private static final Weights DEFAULTS = Weights.DEFAULTS;

	@Test
	void everyPartWithDataGivesWeightTimesRate() {
		UnitFacts unit = new UnitFacts(1, "甲", List.of(new BigDecimal("1"), new BigDecimal("0.5")), 1,
				new BigDecimal("0.9"), 4, 3, 5, 1, 2, 1);
		UnitScore score = UnitScores.score(DEFAULTS, unit);
		// 40×0.75 + 20×0.9 + 20×0.75 + 5×0.8 + 10×0.5 + 5×0.5 = 30 + 18 + 15 + 4 + 5 +
		// 2.5
		assertThat(score.score()).isEqualByComparingTo("74.50");
		assertThat(score.part(AssessmentPart.ITEMS).points()).isEqualByComparingTo("30.00");
		assertThat(score.part(AssessmentPart.RETURNED).rate()).isEqualByComparingTo("0.8");
		assertThat(score.part(AssessmentPart.OVERDUE).rate()).isEqualByComparingTo("0.5");
		assertThat(score.part(AssessmentPart.ON_TIME).count()).isEqualTo(3);
		assertThat(score.part(AssessmentPart.ON_TIME).of()).isEqualTo(4);
	}

	@Test
	void aPartWithoutDataIsLeftOutAndTheOtherWeightsAreScaledToHundred() {
		// no quota given, no report due, no report made, no rectification: only items and
		// overdue count, weights 40 and 10
		UnitFacts unit = new UnitFacts(1, "甲", List.of(new BigDecimal("0.5")), 0, null, 0, 0, 0, 0, 0, 0);
		UnitScore score = UnitScores.score(DEFAULTS, unit);
		// (40×0.5 + 10×1) × 100 / 50 = 60
		assertThat(score.score()).isEqualByComparingTo("60.00");
		assertThat(score.part(AssessmentPart.QUOTAS).hasData()).isFalse();
		assertThat(score.part(AssessmentPart.QUOTAS).points()).isNull();
		assertThat(score.part(AssessmentPart.ON_TIME).hasData()).isFalse();
		assertThat(score.part(AssessmentPart.RETURNED).hasData()).isFalse();
		assertThat(score.part(AssessmentPart.RECTIFICATIONS).hasData()).isFalse();
		assertThat(score.part(AssessmentPart.ITEMS).points()).isEqualByComparingTo("40.00");
		assertThat(score.part(AssessmentPart.OVERDUE).points()).isEqualByComparingTo("20.00");
	}

	@Test
	void aUnitWithoutAnyDataHasNoScoreAndNoRank() {
		UnitFacts assisting = new UnitFacts(2, "乙", List.of(), 0, null, 0, 0, 0, 0, 0, 0);
		UnitFacts leading = new UnitFacts(1, "甲", List.of(BigDecimal.ONE), 0, null, 0, 0, 0, 0, 0, 0);
		List<UnitScore> ranked = UnitScores.rank(DEFAULTS, List.of(assisting, leading));
		assertThat(ranked).extracting(UnitScore::unitName).containsExactly("甲", "乙");
		assertThat(ranked.get(1).score()).isNull();
		assertThat(ranked.get(1).rank()).isNull();
		assertThat(ranked.get(0).rank()).isEqualTo(1);
		assertThat(ranked.get(0).score()).isEqualByComparingTo("100.00");
	}

	@Test
	void partsWithDataButNoWeightGiveNoScore() {
		Weights onlyQuotas = new Weights(0, 100, 0, 0, 0, 0);
		UnitFacts unit = new UnitFacts(1, "甲", List.of(BigDecimal.ONE), 0, null, 2, 2, 0, 0, 0, 0);
		assertThat(UnitScores.score(onlyQuotas, unit).score()).isNull();
		assertThat(UnitScores.score(onlyQuotas, unit.withQuota(new BigDecimal("0.25"))).score())
			.isEqualByComparingTo("25.00");
	}

	@Test
	void theScoreIsRoundedHalfUpOnceFromTheExactSum() {
		// items 2/3 (a mean of 1, 1, 0), carried to ten decimals; overdue 0 of 3
		UnitFacts unit = new UnitFacts(1, "甲", List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO), 0, null, 0, 0,
				0, 0, 0, 0);
		Weights weights = new Weights(40, 20, 20, 5, 10, 5);
		UnitScore score = UnitScores.score(weights, unit);
		// overdue 0/3 → rate 1: (40×0.6666666667 + 10) × 100 / 50 = 73.333333336 → 73.33
		assertThat(score.score()).isEqualByComparingTo("73.33");
		assertThat(score.part(AssessmentPart.ITEMS).rate()).isEqualByComparingTo("0.6666666667");
		// points rounded for display: 53.333333336 → 53.33, 20 → 20.00
		assertThat(score.part(AssessmentPart.ITEMS).points()).isEqualByComparingTo("53.33");
		// on time 1 of 8 = 0.125, the only part with data: 12.50
		UnitFacts eighth = new UnitFacts(2, "乙", List.of(), 0, null, 8, 1, 0, 0, 0, 0);
		assertThat(UnitScores.score(weights, eighth).score()).isEqualByComparingTo("12.50");
		// 1/3 on time with 20 of 20: 33.333… → 33.33; 2/3 → 66.67
		assertThat(UnitScores.score(weights, new UnitFacts(3, "丙", List.of(), 0, null, 3, 2, 0, 0, 0, 0)).score())
			.isEqualByComparingTo("66.67");
	}

	@Test
	void penaltiesCountDownFromOne() {
		UnitFacts allReturned = new UnitFacts(1, "甲", List.of(), 0, null, 0, 0, 4, 4, 0, 0);
		UnitScore score = UnitScores.score(DEFAULTS, allReturned);
		assertThat(score.part(AssessmentPart.RETURNED).rate()).isEqualByComparingTo("0");
		assertThat(score.score()).isEqualByComparingTo("0.00");
		UnitFacts allOverdue = new UnitFacts(1, "甲", List.of(BigDecimal.ZERO, BigDecimal.ZERO), 2, null, 0, 0, 0, 0, 0,
				0);
		assertThat(UnitScores.score(DEFAULTS, allOverdue).part(AssessmentPart.OVERDUE).rate())
			.isEqualByComparingTo("0");
	}

	@Test
	void aQuotaRateOutsideZeroToOneIsHeldWithin() {
		UnitFacts over = new UnitFacts(1, "甲", List.of(), 0, new BigDecimal("1.2"), 0, 0, 0, 0, 0, 0);
		assertThat(UnitScores.score(DEFAULTS, over).part(AssessmentPart.QUOTAS).rate()).isEqualByComparingTo("1");
		UnitFacts under = new UnitFacts(1, "甲", List.of(), 0, new BigDecimal("-0.5"), 0, 0, 0, 0, 0, 0);
		assertThat(UnitScores.score(DEFAULTS, under).score()).isEqualByComparingTo("0.00");
	}

	@Test
	void equalScoresShareARankAndTheNextRankSkips() {
		UnitFacts a = new UnitFacts(1, "乙单位", List.of(BigDecimal.ONE), 0, null, 0, 0, 0, 0, 0, 0);
		UnitFacts b = new UnitFacts(2, "甲单位", List.of(BigDecimal.ONE), 0, null, 0, 0, 0, 0, 0, 0);
		UnitFacts c = new UnitFacts(3, "丙单位", List.of(new BigDecimal("0.5")), 0, null, 0, 0, 0, 0, 0, 0);
		List<UnitScore> ranked = UnitScores.rank(DEFAULTS, List.of(c, a, b));
		assertThat(ranked).extracting(UnitScore::rank).containsExactly(1, 1, 3);
		// equal scores by name in Chinese order (甲 before 乙)
		assertThat(ranked).extracting(UnitScore::unitName).containsExactly("甲单位", "乙单位", "丙单位");
	}

}
