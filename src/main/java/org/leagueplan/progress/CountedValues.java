package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A source of targets whose value is counted, not reported: a register's accepted entries
 * (台账), or the units' quotas added up (任务分解). The module that counts implements it;
 * progress asks every implementation through {@link ProgressQueries}, so a counted value
 * is lit, printed, exported and compared exactly as a reported one — by
 * {@link PlanJudge}, the one judgement. A target is counted by at most one source; a
 * person may not report a value on a counted target
 * ({@link ReportRules#countedViolations}).
 * <p>
 * Each method is one or a few queries whatever the number of targets, so the dashboard's
 * statement count stays fixed.
 */
public interface CountedValues {

	/** Of the given targets, the ones this source counts. */
	Set<Long> countedAmong(Collection<Long> targetIds);

	/**
	 * The value of every target of the plan this source counts, as of the day (what is
	 * counted on that day or earlier and was made by now): a counted target with nothing
	 * counted yet answers a value of zero. {@link TargetProgress#reportedAt} is when the
	 * last thing counted was made, {@link TargetProgress#reportCount} how many were
	 * counted.
	 */
	Map<Long, TargetProgress> valuesOfPlanOn(long planId, LocalDate day);

	/**
	 * One target's value as {@link #valuesOfPlanOn} gives it; empty when not counted
	 * here.
	 */
	Optional<TargetProgress> valueOfTargetOn(long targetId, LocalDate day);

	/**
	 * Per counted target of the plan: when the last thing counted for it (an entry made
	 * or decided) was made before {@code until} — the activity that keeps an item from
	 * being marked silent.
	 */
	Map<Long, Instant> lastCountedOfPlanBefore(long planId, Instant until);

	/**
	 * Per counted target of the plan, its value as of the day split by the unit it is
	 * counted for (a register's entries by their unit, a quota's by the unit that owes
	 * it): what each unit has done towards its quota. Units with nothing counted may be
	 * absent.
	 */
	default Map<Long, Map<Long, java.math.BigDecimal>> unitValuesOfPlanOn(long planId, LocalDate day) {
		return Map.of();
	}

}
