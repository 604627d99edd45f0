package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.leagueplan.plan.JudgedValues;
import org.springframework.stereotype.Component;

/**
 * The plan module's question "what value had each target on that day" (a copied target's
 * baseline, 下一年度计划) answered by {@link PlanJudge#judge}, the one judgement: each target's
 * latest value as of the day, made by now.
 */
@Component
class JudgedTargetValues implements JudgedValues {

	private final PlanJudge judge;

	JudgedTargetValues(PlanJudge judge) {
		this.judge = judge;
	}

	@Override
	public Map<Long, BigDecimal> valuesOn(long planId, LocalDate day) {
		Map<Long, BigDecimal> values = new HashMap<>();
		this.judge.judge(planId, day).latest().forEach((targetId, latest) -> {
			if (latest != null && latest.value() != null) {
				values.put(targetId, latest.value());
			}
		});
		return values;
	}

}
