package org.leagueplan.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudge.TargetVerdict;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.StatusRules.Period;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.quota.QuotaLedger.Standing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's quotas as the dashboard and the item's quota page show them: per target split
 * into quotas, each unit's bar (done of its amount, lit by {@link PlanJudge#share} — the
 * target's own rule for a target of the quota's amount) and the roll-up (the target's
 * value, which for a target counted by its quotas is the units' values added up), with
 * the flag of a split whose amounts do not add up to the target. A fixed number of
 * queries whatever the number of targets and units.
 */
@Service
@Transactional(readOnly = true)
public class QuotaBoard {

	private final QuotaLedger ledger;

	private final PlanQueries plans;

	QuotaBoard(QuotaLedger ledger, PlanQueries plans) {
		this.ledger = ledger;
		this.plans = plans;
	}

	/**
	 * The plan's split targets on the judgement's day, in the plan's order of targets.
	 * @param data the plan as judged
	 * @param judgement the plan judged on a day ({@link PlanJudge#judge})
	 */
	public Map<Long, TargetQuotas> ofPlan(PlanData data, PlanJudgement judgement) {
		Standing standing = this.ledger.ofPlan(data.plan().id(), judgement.day(), true);
		if (standing.byTarget().isEmpty()) {
			return Map.of();
		}
		Map<Long, String> unitNames = this.plans.units().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
		Map<Long, ItemRef> items = data.items().stream().collect(Collectors.toMap(ItemRef::id, Function.identity()));
		Map<Long, TargetQuotas> board = new LinkedHashMap<>();
		for (TargetRef target : data.targets()) {
			List<Quota> quotas = standing.byTarget().get(target.id());
			ItemRef item = items.get(target.itemId());
			// a target whose kind was changed from count after it was split is not shown
			if (quotas == null || item == null || !Quotas.splittable(target) || target.targetValue() == null) {
				continue;
			}
			Period period = Period.of(target, item.startDate(), item.endDate(), data.plan().year());
			List<UnitQuota> units = new ArrayList<>();
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal doneSum = BigDecimal.ZERO;
			for (Quota quota : quotas) {
				BigDecimal done = standing.done(quota);
				TargetVerdict verdict = PlanJudge.share(target, period,
						judgement.planned().getOrDefault(target.id(), List.of()), judgement.settings(),
						quota.getAmount(), done, judgement.day());
				units.add(new UnitQuota(quota.getId(), quota.getUnitId(),
						unitNames.getOrDefault(quota.getUnitId(), "#" + quota.getUnitId()), quota.getAmount(), done,
						verdict.expected(), verdict.light(), percent(done, quota.getAmount())));
				sum = sum.add(quota.getAmount());
				doneSum = doneSum.add(done);
			}
			TargetProgress latest = judgement.latest().get(target.id());
			BigDecimal value = (latest != null && latest.value() != null) ? latest.value() : doneSum;
			Light light = judgement.item(item.id()).judged().targetLights().get(target.id());
			BigDecimal goal = (target.targetValue() != null) ? target.targetValue() : BigDecimal.ZERO;
			board.put(target.id(), new TargetQuotas(target, item.id(), sum, sum.compareTo(goal) != 0, value, light,
					percent(value, goal), standing.elsewhere().contains(target.id()), units));
		}
		return board;
	}

	/**
	 * How far each unit is along its quotas on the board's day, 0 to 1: what it has done
	 * of each quota (no more than the quota counts) over its quotas' amounts added up. A
	 * unit whose quotas all have an amount of zero, or that has none, is absent (no quota
	 * data). The annual assessment's quota part (assessment's {@code UnitScores}).
	 */
	public static Map<Long, BigDecimal> unitRates(Map<Long, TargetQuotas> board) {
		Map<Long, BigDecimal> owed = new HashMap<>();
		Map<Long, BigDecimal> done = new HashMap<>();
		for (TargetQuotas target : board.values()) {
			for (UnitQuota quota : target.units()) {
				if (quota.amount().signum() > 0) {
					owed.merge(quota.unitId(), quota.amount(), BigDecimal::add);
					done.merge(quota.unitId(), quota.done().max(BigDecimal.ZERO).min(quota.amount()), BigDecimal::add);
				}
			}
		}
		Map<Long, BigDecimal> rates = new HashMap<>();
		owed.forEach((unitId, amount) -> rates.put(unitId, done.get(unitId).divide(amount, 10, RoundingMode.HALF_UP)));
		return rates;
	}

	/**
	 * How far {@code done} is along {@code amount}, 0 to 100 (100 for an amount of zero).
	 */
	static int percent(BigDecimal done, BigDecimal amount) {
		if (amount.signum() <= 0) {
			return 100;
		}
		return done.multiply(BigDecimal.valueOf(100))
			.divide(amount, 0, RoundingMode.DOWN)
			.max(BigDecimal.ZERO)
			.min(BigDecimal.valueOf(100))
			.intValue();
	}

	/**
	 * A target split into quotas on a day.
	 *
	 * @param amountSum the quotas' amounts added up
	 * @param flagged whether they do not add up to the target value (分解合计 ≠ 目标)
	 * @param value the target's value on the day (the roll-up)
	 * @param light the target's light on the day
	 * @param percent how far the value is along the target value, 0 to 100
	 * @param countedElsewhere whether another source (a register) counts it: the units
	 * register instead of reporting
	 * @param units the units' quotas, by the order they were given
	 */
	public record TargetQuotas(TargetRef target, long itemId, BigDecimal amountSum, boolean flagged, BigDecimal value,
			Light light, int percent, boolean countedElsewhere, List<UnitQuota> units) {
	}

	/**
	 * A unit's quota on a day: its amount, what the unit has done, what it should have
	 * done by then, its light and how far along it is (0 to 100).
	 */
	public record UnitQuota(long quotaId, long unitId, String unitName, BigDecimal amount, BigDecimal done,
			BigDecimal expected, Light light, int percent) {
	}

}
