package org.leagueplan.plan;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A plan was copied into a new year (下一年度计划): the new plan is a draft with the source's
 * structure, units, owners, targets and milestones. Published in the transaction that
 * saved the copy, so a module that keeps something per target (a register, quotas) copies
 * its own part with it.
 *
 * @param sourcePlanId the plan copied
 * @param planId the new plan
 * @param itemIds the source's item ids mapped to the new items' ids
 * @param targetIds the source's target ids mapped to the new targets' ids
 * @param raisePercent how much the numeric targets were raised, in percent (0 when kept)
 */
public record PlanCloned(long sourcePlanId, long planId, Map<Long, Long> itemIds, Map<Long, Long> targetIds,
		BigDecimal raisePercent) {

	public PlanCloned {
		itemIds = Map.copyOf(itemIds);
		targetIds = Map.copyOf(targetIds);
	}

}
