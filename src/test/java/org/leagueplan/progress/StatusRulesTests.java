package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.StatusRules.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of docs/status-rules.md on their edge cases.
 */
class StatusRulesTests {

	private static final StatusSettings SETTINGS = StatusSettings.DEFAULTS;

	private static final Period YEAR = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

	/** Thirty sites by the end of the year: 15 expected on 2 July. */
	private static final TargetRef SITES = new TargetRef(1, 1, "示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
			new BigDecimal("30"), "家", null, LocalDate.of(2023, 12, 31));

	private static final LocalDate MID_YEAR = LocalDate.of(2023, 7, 2);

	@Test
	void periodNotBegunIsNotStarted() {
		Period later = new Period(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31));
		assertThat(light(SITES, later, null, MID_YEAR)).isEqualTo(Light.NOT_STARTED);
	}

	@Test
	void exactlyOnTheExpectedValueIsGreen() {
		assertThat(StatusRules.expected(SITES, YEAR, List.of(), MID_YEAR)).isEqualByComparingTo("15.00");
		assertThat(light(SITES, YEAR, value("15"), MID_YEAR)).isEqualTo(Light.GREEN);
	}

	@Test
	void behindByUpToTenPointsIsYellowAndMoreIsRed() {
		assertThat(light(SITES, YEAR, value("12"), MID_YEAR)).isEqualTo(Light.YELLOW);
		assertThat(light(SITES, YEAR, value("11"), MID_YEAR)).isEqualTo(Light.RED);
	}

	@Test
	void reachingTheTargetIsAchievedEvenEarly() {
		assertThat(light(SITES, YEAR, value("31"), MID_YEAR)).isEqualTo(Light.ACHIEVED);
	}

	@Test
	void pastDueAndNotAchievedIsRed() {
		assertThat(light(SITES, YEAR, value("29"), LocalDate.of(2024, 1, 1))).isEqualTo(Light.RED);
		assertThat(light(SITES, YEAR, value("29"), LocalDate.of(2023, 12, 31))).isEqualTo(Light.YELLOW);
	}

	@Test
	void atMostTargetsAreGreenWithinTheLimitRedAboveAndAchievedAtTheEnd() {
		TargetRef incidents = new TargetRef(2, 1, "安全事故", TargetKind.COUNT, TargetComparator.AT_MOST,
				new BigDecimal("3"), "起", null, null);
		assertThat(light(incidents, YEAR, value("2"), MID_YEAR)).isEqualTo(Light.GREEN);
		assertThat(light(incidents, YEAR, value("4"), MID_YEAR)).isEqualTo(Light.RED);
		assertThat(light(incidents, YEAR, value("3"), LocalDate.of(2024, 1, 2))).isEqualTo(Light.ACHIEVED);
	}

	@Test
	void percentageTargetsAreJudgedInPercentagePoints() {
		TargetRef share = new TargetRef(3, 1, "成立比例", TargetKind.PERCENTAGE, TargetComparator.AT_LEAST,
				new BigDecimal("100"), "%", null, null);
		assertThat(light(share, YEAR, value("45"), MID_YEAR)).isEqualTo(Light.YELLOW);
		assertThat(light(share, YEAR, value("39"), MID_YEAR)).isEqualTo(Light.RED);
		assertThat(light(share, YEAR, value("100"), MID_YEAR)).isEqualTo(Light.ACHIEVED);
	}

	@Test
	void timePhasedTargetsFollowTheirPlannedValues() {
		List<PlannedPoint> plan = List.of(new PlannedPoint(LocalDate.of(2023, 6, 30), new BigDecimal("10")),
				new PlannedPoint(LocalDate.of(2023, 12, 31), new BigDecimal("30")));
		assertThat(StatusRules.expected(SITES, YEAR, plan, LocalDate.of(2023, 6, 29))).isEqualByComparingTo("0");
		assertThat(StatusRules.expected(SITES, YEAR, plan, MID_YEAR)).isEqualByComparingTo("10");
		assertThat(StatusRules.target(SITES, YEAR, value("10"), plan, MID_YEAR, SETTINGS)).isEqualTo(Light.GREEN);
		assertThat(StatusRules.target(SITES, YEAR, value("7"), plan, MID_YEAR, SETTINGS)).isEqualTo(Light.YELLOW);
		assertThat(StatusRules.target(SITES, YEAR, value("6"), plan, MID_YEAR, SETTINGS)).isEqualTo(Light.RED);
	}

	@Test
	void yesNoTargetsAreAchievedWhenDoneAndRedWhenLate() {
		TargetRef election = new TargetRef(4, 1, "换届", TargetKind.YES_NO, TargetComparator.EXACTLY, null, null, null,
				LocalDate.of(2023, 10, 31));
		Period period = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 10, 31));
		assertThat(light(election, period, null, MID_YEAR)).isEqualTo(Light.GREEN);
		assertThat(light(election, period, null, LocalDate.of(2023, 11, 1))).isEqualTo(Light.RED);
		assertThat(light(election, period, done(), LocalDate.of(2023, 11, 1))).isEqualTo(Light.ACHIEVED);
	}

	@Test
	void thresholdComesFromTheSettings() {
		StatusSettings strict = new StatusSettings(new BigDecimal("5"), 30, Rollup.WORST);
		assertThat(StatusRules.target(SITES, YEAR, value("13"), List.of(), MID_YEAR, strict)).isEqualTo(Light.RED);
	}

	@Test
	void worstOfRollup() {
		assertThat(StatusRules.rollup(List.of(Light.GREEN, Light.RED, Light.ACHIEVED), Rollup.WORST))
			.isEqualTo(Light.RED);
		assertThat(StatusRules.rollup(List.of(Light.GREEN, Light.YELLOW), Rollup.WORST)).isEqualTo(Light.YELLOW);
		assertThat(StatusRules.rollup(List.of(Light.ACHIEVED, Light.ACHIEVED), Rollup.WORST)).isEqualTo(Light.ACHIEVED);
		assertThat(StatusRules.rollup(List.of(Light.NOT_STARTED, Light.GREEN), Rollup.WORST)).isEqualTo(Light.GREEN);
		assertThat(StatusRules.rollup(List.of(), Rollup.WORST)).isEqualTo(Light.NOT_STARTED);
	}

	@Test
	void weightedRollup() {
		List<Light> mostlyFine = List.of(Light.GREEN, Light.GREEN, Light.GREEN, Light.GREEN, Light.GREEN, Light.GREEN,
				Light.GREEN, Light.GREEN, Light.GREEN, Light.YELLOW);
		assertThat(StatusRules.rollup(mostlyFine, Rollup.WEIGHTED)).isEqualTo(Light.GREEN);
		assertThat(StatusRules.rollup(List.of(Light.GREEN, Light.RED, Light.ACHIEVED), Rollup.WEIGHTED))
			.isEqualTo(Light.YELLOW);
		assertThat(StatusRules.rollup(List.of(Light.RED, Light.RED, Light.GREEN), Rollup.WEIGHTED))
			.isEqualTo(Light.RED);
	}

	@Test
	void completionIsTheShareOfTheTargetReached() {
		assertThat(StatusRules.completion(SITES, value("15"), Light.GREEN)).isEqualTo(0.5);
		assertThat(StatusRules.completion(SITES, value("45"), Light.ACHIEVED)).isEqualTo(1.0);
	}

	@Test
	void anItemIsJudgedByItsTargetsAndMilestonesOrElseByItsStatusAndPeriod() {
		ItemRef item = item(ItemStatus.IN_PROGRESS);
		MilestoneRef dayOfService = new MilestoneRef(7, 1, "学雷锋日", LocalDate.of(2023, 3, 5), false);
		var judged = StatusRules.item(item, 2023, List.of(SITES), List.of(), Map.of(1L, value("12")), Map.of(),
				MID_YEAR, SETTINGS);
		assertThat(judged.light()).isEqualTo(Light.YELLOW);
		assertThat(judged.overdue()).isFalse();
		assertThat(judged.completion()).isEqualTo(0.4);
		assertThat(judged.targetLights()).containsEntry(1L, Light.YELLOW);
		judged = StatusRules.item(item, 2023, List.of(SITES), List.of(dayOfService), Map.of(1L, value("12")), Map.of(),
				MID_YEAR, SETTINGS);
		assertThat(judged.light()).isEqualTo(Light.RED);
		assertThat(judged.overdue()).as("a milestone missed makes the item overdue").isTrue();
		assertThat(judged.milestoneLights()).containsEntry(7L, Light.RED);

		assertThat(onlyStatus(item, LocalDate.of(2023, 1, 1)).light()).isEqualTo(Light.NOT_STARTED);
		assertThat(onlyStatus(item, MID_YEAR).light()).isEqualTo(Light.GREEN);
		assertThat(onlyStatus(item, LocalDate.of(2024, 1, 1))).extracting(j -> j.light(), j -> j.overdue())
			.containsExactly(Light.RED, true);
		assertThat(onlyStatus(item(ItemStatus.COMPLETED), LocalDate.of(2024, 1, 1)))
			.extracting(j -> j.light(), j -> j.overdue(), j -> j.completion())
			.containsExactly(Light.ACHIEVED, false, 1.0);
	}

	private static StatusRules.ItemJudgement onlyStatus(ItemRef item, LocalDate day) {
		return StatusRules.item(item, 2023, List.of(), List.of(), Map.of(), Map.of(), day, SETTINGS);
	}

	/** An item running from February to the end of 2023. */
	private static ItemRef item(ItemStatus status) {
		return new ItemRef(1, 1, 1, "强化基层组织建设", null, Set.of(), null, null, LocalDate.of(2023, 2, 1),
				LocalDate.of(2023, 12, 31), status);
	}

	private static Light light(TargetRef target, Period period, TargetProgress latest, LocalDate day) {
		return StatusRules.target(target, period, latest, List.of(), day, SETTINGS);
	}

	private static TargetProgress value(String value) {
		return new TargetProgress(1, new BigDecimal(value), null, MID_YEAR, Instant.now(), 1);
	}

	private static TargetProgress done() {
		return new TargetProgress(1, null, true, MID_YEAR, Instant.now(), 1);
	}

}
