package org.leagueplan.plan;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for raising a target when a plan is copied into the next year: counts
 * rounded up, percentages to one decimal and at most 100, ceilings lowered, the rest
 * kept.
 */
class TargetRaiseTests {

	private static final BigDecimal TEN = new BigDecimal("10");

	@Test
	void aCountToReachIsRaisedAndRoundedUpToAWholeNumber() {
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_LEAST, "30", TEN)).isEqualByComparingTo("33");
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_LEAST, "5", TEN)).isEqualByComparingTo("6");
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_LEAST, "1", new BigDecimal("0.5")))
			.isEqualByComparingTo("2");
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_LEAST, "30", TEN).scale()).isZero();
	}

	@Test
	void aPercentageIsRaisedToOneDecimalAndNeverAboveOneHundred() {
		assertThat(raised(TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, "60", TEN)).isEqualByComparingTo("66");
		assertThat(raised(TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, "33.33", TEN)).isEqualByComparingTo("36.7");
		assertThat(raised(TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, "95", TEN)).isEqualByComparingTo("100");
		assertThat(raised(TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, "100", new BigDecimal("100")))
			.isEqualByComparingTo("100");
	}

	@Test
	void aCeilingIsLoweredByThePercentage() {
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_MOST, "10", TEN)).isEqualByComparingTo("9");
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_MOST, "5", TEN)).isEqualByComparingTo("4");
		assertThat(raised(TargetKind.PERCENTAGE, TargetComparator.AT_MOST, "5", TEN)).isEqualByComparingTo("4.5");
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_MOST, "10", new BigDecimal("100")))
			.isEqualByComparingTo("0");
	}

	@Test
	void exactValuesCommitmentsDeadlinesAndMissingValuesStayAsTheyAre() {
		assertThat(raised(TargetKind.COUNT, TargetComparator.EXACTLY, "12", TEN)).isEqualByComparingTo("12");
		assertThat(raised(TargetKind.YES_NO, TargetComparator.AT_LEAST, "1", TEN)).isEqualByComparingTo("1");
		assertThat(raised(TargetKind.DATE, TargetComparator.AT_LEAST, null, TEN)).isNull();
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_LEAST, null, TEN)).isNull();
		assertThat(raised(TargetKind.COUNT, TargetComparator.AT_LEAST, "7.5", BigDecimal.ZERO))
			.isEqualByComparingTo("7.5");
	}

	@Test
	void onlyZeroToOneHundredPercentIsARaise() {
		assertThat(TargetRaise.isAllowed(BigDecimal.ZERO)).isTrue();
		assertThat(TargetRaise.isAllowed(new BigDecimal("100"))).isTrue();
		assertThat(TargetRaise.isAllowed(new BigDecimal("12.5"))).isTrue();
		assertThat(TargetRaise.isAllowed(new BigDecimal("-0.1"))).isFalse();
		assertThat(TargetRaise.isAllowed(new BigDecimal("100.01"))).isFalse();
		assertThat(TargetRaise.isAllowed(null)).isFalse();
	}

	private static BigDecimal raised(TargetKind kind, TargetComparator comparator, String value, BigDecimal percent) {
		return TargetRaise.raised(kind, comparator, (value != null) ? new BigDecimal(value) : null, percent);
	}

}
