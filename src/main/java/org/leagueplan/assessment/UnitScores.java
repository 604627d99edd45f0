package org.leagueplan.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.leagueplan.assessment.UnitScore.PartScore;

/**
 * The assessment's rule, in one place (docs/assessment.md, "The rule"): each part is a
 * rate from 0 to 1 — or no data — and the score is Σ weight × rate over the parts with
 * data, re-scaled to 100 by the weights of those parts: score = Σ wᵢ·rᵢ × 100 / Σ wᵢ.
 * <ul>
 * <li>items: the mean completion of the items the unit leads (none: no data);</li>
 * <li>quotas: the rate given (none given: no data), held within 0–1;</li>
 * <li>reports on time: on time / due (none due: no data);</li>
 * <li>returned reports: 1 − returned / made (none made: no data);</li>
 * <li>overdue items: 1 − overdue / items led (none: no data);</li>
 * <li>rectifications closed: accepted / opened (none opened: no data).</li>
 * </ul>
 * A rate is a quotient carried to {@value #RATE_SCALE} decimals (half up); the score is
 * rounded half up to 2 decimals once, from the exact sum; each part's points are rounded
 * the same way for display, so they may add up to a hundredth more or less than the
 * score. A unit with no part that has both data and weight has no score and no rank. The
 * ranking: highest score first; equal scores share a rank (1, 1, 3); then by name
 * (Chinese collation) and id. Pure: no database, no clock.
 */
final class UnitScores {

	/** How many decimals a rate carries. */
	static final int RATE_SCALE = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private UnitScores() {
	}

	/** Every unit scored and ranked. */
	static List<UnitScore> rank(Weights weights, List<UnitFacts> units) {
		List<UnitScore> scored = new ArrayList<>();
		for (UnitFacts unit : units) {
			scored.add(score(weights, unit));
		}
		Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		scored.sort(Comparator.comparing(UnitScore::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(UnitScore::unitName, collator)
			.thenComparingLong(UnitScore::unitId));
		List<UnitScore> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			UnitScore unit = scored.get(i);
			Integer rank = null;
			if (unit.score() != null) {
				rank = (i > 0 && unit.score().compareTo(scored.get(i - 1).score()) == 0) ? ranked.get(i - 1).rank()
						: i + 1;
			}
			ranked.add(new UnitScore(unit.unitId(), unit.unitName(), rank, unit.score(), unit.parts()));
		}
		return ranked;
	}

	/** One unit's score and parts, without a rank. */
	static UnitScore score(Weights weights, UnitFacts unit) {
		List<Rate> rates = rates(unit);
		int counted = 0;
		BigDecimal sum = BigDecimal.ZERO;
		for (Rate rate : rates) {
			if (rate.value() != null) {
				int weight = weights.of(rate.part());
				counted += weight;
				sum = sum.add(rate.value().multiply(BigDecimal.valueOf(weight)));
			}
		}
		BigDecimal score = (counted > 0)
				? sum.multiply(HUNDRED).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP) : null;
		List<PartScore> parts = new ArrayList<>();
		for (Rate rate : rates) {
			int weight = weights.of(rate.part());
			BigDecimal points = (rate.value() != null && counted > 0) ? rate.value()
				.multiply(BigDecimal.valueOf(weight))
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP) : null;
			parts.add(new PartScore(rate.part(), weight, rate.value(), points, rate.count(), rate.of()));
		}
		return new UnitScore(unit.unitId(), unit.unitName(), null, score, parts);
	}

	/** The six rates of a unit, in the parts' order. */
	static List<Rate> rates(UnitFacts unit) {
		List<Rate> rates = new ArrayList<>();
		for (AssessmentPart part : AssessmentPart.values()) {
			rates.add(switch (part) {
				case ITEMS -> new Rate(part, mean(unit.completions()), null, null);
				case QUOTAS -> new Rate(part, (unit.quotaRate() != null) ? within(unit.quotaRate()) : null, null, null);
				case ON_TIME -> share(part, unit.reportsOnTime(), unit.reportsDue(), false);
				case RETURNED -> share(part, unit.reportsReturned(), unit.reportsMade(), true);
				case OVERDUE -> share(part, unit.overdueItems(), unit.items(), true);
				case RECTIFICATIONS -> share(part, unit.rectificationsAccepted(), unit.rectificationsOpened(), false);
			});
		}
		return rates;
	}

	/** {@code count / of}, or 1 − that for a penalty; no data when {@code of} is 0. */
	private static Rate share(AssessmentPart part, int count, int of, boolean penalty) {
		if (of <= 0) {
			return new Rate(part, null, count, of);
		}
		BigDecimal quotient = BigDecimal.valueOf(count)
			.divide(BigDecimal.valueOf(of), RATE_SCALE, RoundingMode.HALF_UP);
		return new Rate(part, within(penalty ? BigDecimal.ONE.subtract(quotient) : quotient), count, of);
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(within(value));
		}
		return sum.divide(BigDecimal.valueOf(values.size()), RATE_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal within(BigDecimal rate) {
		BigDecimal held = (rate.signum() < 0) ? BigDecimal.ZERO
				: (rate.compareTo(BigDecimal.ONE) > 0) ? BigDecimal.ONE : rate;
		return held.setScale(RATE_SCALE, RoundingMode.HALF_UP);
	}

	/** A part's rate ({@code null}: no data) and what it was counted from. */
	record Rate(AssessmentPart part, BigDecimal value, Integer count, Integer of) {
	}

}
