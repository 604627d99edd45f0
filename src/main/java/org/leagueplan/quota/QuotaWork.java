package org.leagueplan.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemUnits;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.quota.QuotaLedger.Standing;
import org.leagueplan.supervision.UnitQuotas;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的待办's quota lines: the units' quotas on active plans whose unit has done less than its
 * amount on the plan's default day, by plan and target. A few queries per plan the units
 * have quotas in.
 */
@Component
@Transactional(readOnly = true)
class QuotaWork implements UnitQuotas {

	private final QuotaRepository quotas;

	private final QuotaLedger ledger;

	private final PlanQueries plans;

	private final PlanJudge judge;

	QuotaWork(QuotaRepository quotas, QuotaLedger ledger, PlanQueries plans, PlanJudge judge) {
		this.quotas = quotas;
		this.ledger = ledger;
		this.plans = plans;
		this.judge = judge;
	}

	@Override
	public List<OpenQuota> openOf(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		List<Quota> mine = this.quotas.findByUnitIdInAndArchivedFalseOrderByPlanIdAscTargetIdAsc(unitIds);
		if (mine.isEmpty()) {
			return List.of();
		}
		List<Long> active = this.plans.activePlanIds();
		Map<Long, List<Quota>> byPlan = mine.stream()
			.filter(quota -> active.contains(quota.getPlanId()))
			.collect(Collectors.groupingBy(Quota::getPlanId));
		Map<Long, TargetRef> targets = this.plans.targets(mine.stream().map(Quota::getTargetId).toList());
		Map<Long, ItemUnits> items = this.plans.itemUnits(mine.stream().map(Quota::getItemId).toList());
		List<OpenQuota> open = new ArrayList<>();
		byPlan.forEach((planId, quotas) -> {
			PlanRef plan = this.plans.plan(planId);
			Standing standing = this.ledger.ofPlan(planId, this.judge.defaultDay(plan.year()), true);
			for (Quota quota : quotas) {
				BigDecimal done = standing.done(quota);
				TargetRef target = targets.get(quota.getTargetId());
				ItemUnits item = items.get(quota.getItemId());
				if (target != null && item != null && done.compareTo(quota.getAmount()) < 0) {
					open.add(new OpenQuota(quota.getItemId(), quota.getTargetId(), quota.getUnitId(), item.heading(),
							target.name(), done, quota.getAmount(), QuotaBoard.percent(done, quota.getAmount())));
				}
			}
		});
		return open;
	}

}
