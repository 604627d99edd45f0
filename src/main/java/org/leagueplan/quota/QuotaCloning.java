package org.leagueplan.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.leagueplan.plan.PlanCloned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan copied into a new year takes its quotas along, in the transaction that saves the
 * copy: each quota (not archived) of a copied target goes to the copy, its amount raised
 * as the target was ({@link PlanCloned#raisePercent}) and rounded up to a whole number —
 * a share of sites or groups is counted whole. Rounding may make the amounts no longer
 * add up to the raised target: the split is then flagged, like any other, until someone
 * adjusts it. No notice is posted: the copy is a draft.
 */
@Component
class QuotaCloning {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final QuotaRepository quotas;

	QuotaCloning(QuotaRepository quotas) {
		this.quotas = quotas;
	}

	@EventListener
	@Transactional
	void on(PlanCloned event) {
		BigDecimal factor = HUNDRED.add((event.raisePercent() != null) ? event.raisePercent() : BigDecimal.ZERO);
		for (Quota quota : this.quotas.findByPlanIdAndArchivedFalseOrderByTargetIdAscIdAsc(event.sourcePlanId())) {
			Long targetId = event.targetIds().get(quota.getTargetId());
			Long itemId = event.itemIds().get(quota.getItemId());
			if (targetId != null && itemId != null) {
				this.quotas.save(new Quota(event.planId(), itemId, targetId, quota.getUnitId(),
						raised(quota.getAmount(), factor)));
			}
		}
	}

	/** The amount raised by {@code factor} percent, rounded up to a whole number. */
	static BigDecimal raised(BigDecimal amount, BigDecimal factor) {
		return amount.multiply(factor).divide(HUNDRED, 0, RoundingMode.CEILING);
	}

}
