package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The value each target of a plan had on a day, as the plan's one judgement has it
 * ({@code progress.PlanJudge}). The module that judges plans implements it; the plan
 * module asks it for a copied target's baseline (下一年度计划: last year's value) without
 * depending on that module.
 */
public interface JudgedValues {

	/**
	 * The numeric value of each target of the plan that had one on the day, by target id;
	 * a target without a value (none reported, or a yes/no commitment) is left out.
	 */
	Map<Long, BigDecimal> valuesOn(long planId, LocalDate day);

}
