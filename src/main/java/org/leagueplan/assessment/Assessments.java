package org.leagueplan.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.quota.QuotaBoard;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.RectificationQueries;
import org.leagueplan.progress.RectificationQueries.RectificationOnDay;
import org.leagueplan.supervision.ReportPunctuality;
import org.leagueplan.supervision.ReportPunctuality.Punctuality;
import org.leagueplan.system.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what each unit's score is computed from on a day and ranks the units by
 * {@link UnitScores} (docs/assessment.md). The units: those that lead or assist an item
 * of the plan, and those given a quota rate. "The unit's" items are those it leads
 * (assisting does not count); its reports are the reports on the targets of those items;
 * its rectifications are those it is responsible for. A fixed number of queries, whatever
 * the plan's size.
 */
@Service
@Transactional(readOnly = true)
class Assessments {

	private final PlanQueries plans;

	private final PlanJudge judge;

	private final ProgressQueries progress;

	private final RectificationQueries rectifications;

	private final ReportPunctuality punctuality;

	private final WeightSettings weights;

	private final QuotaBoard quotas;

	Assessments(PlanQueries plans, PlanJudge judge, ProgressQueries progress, RectificationQueries rectifications,
			ReportPunctuality punctuality, WeightSettings weights, QuotaBoard quotas) {
		this.quotas = quotas;
		this.plans = plans;
		this.judge = judge;
		this.progress = progress;
		this.rectifications = rectifications;
		this.punctuality = punctuality;
		this.weights = weights;
	}

	/**
	 * The day an assessment is made on: the one asked, which must lie in the plan's year
	 * (else a {@link BadRequestException} saying so), or {@link PlanJudge#defaultDay}.
	 */
	LocalDate dayOf(PlanData.PlanRef plan, LocalDate asked) {
		if (asked == null) {
			return this.judge.defaultDay(plan.year());
		}
		if (asked.getYear() != plan.year()) {
			throw new BadRequestException("assessment.day.outsideYear", asked.toString(),
					Integer.toString(plan.year()));
		}
		return asked;
	}

	/**
	 * The plan's assessment on the day (already checked by {@link #dayOf}), with each
	 * unit's quota rate as the quota module measures it ({@link QuotaBoard#unitRates}).
	 */
	Assessment assess(long planId, LocalDate day) {
		PlanData data = this.plans.planData(planId);
		PlanJudgement judgement = this.judge.judge(data, day);
		return assess(data, judgement, day, QuotaBoard.unitRates(this.quotas.ofPlan(data, judgement)));
	}

	/**
	 * The plan's assessment on the day (already checked by {@link #dayOf}).
	 * @param quotaRates each unit's quota rate (0–1) on the day, from the quota module;
	 * empty: no unit has quota data
	 */
	Assessment assess(long planId, LocalDate day, Map<Long, BigDecimal> quotaRates) {
		PlanData data = this.plans.planData(planId);
		return assess(data, this.judge.judge(data, day), day, quotaRates);
	}

	private Assessment assess(PlanData data, PlanJudgement judgement, LocalDate day, Map<Long, BigDecimal> quotaRates) {
		long planId = data.plan().id();
		Map<Long, Punctuality> onTime = this.punctuality.ofPlan(data, day);
		Map<Long, Long> returned = this.progress.returnedOfPlanOn(planId, day);
		Map<Long, Integer> made = new HashMap<>();
		this.progress.reportTimesOfPlanOn(planId, day).forEach((targetId, times) -> made.put(targetId, times.size()));
		List<RectificationOnDay> rectified = this.rectifications.ofPlanOn(planId, day);

		Map<Long, String> names = new HashMap<>();
		data.units().forEach(unit -> names.put(unit.id(), unit.name()));
		Map<Long, Tally> tallies = new LinkedHashMap<>();
		for (ItemRef item : data.items()) {
			if (item.leadUnitId() != null) {
				tallies.computeIfAbsent(item.leadUnitId(), Tally::new);
			}
			item.assistUnitIds().forEach(unitId -> tallies.computeIfAbsent(unitId, Tally::new));
		}
		if (quotaRates.keySet().stream().anyMatch(unitId -> !names.containsKey(unitId))) {
			this.plans.units().forEach(unit -> names.putIfAbsent(unit.id(), unit.name()));
		}
		quotaRates.keySet().forEach(unitId -> tallies.computeIfAbsent(unitId, Tally::new));

		Map<Long, List<TargetRef>> targets = data.targetsByItem();
		for (ItemRef item : data.items()) {
			Tally tally = (item.leadUnitId() != null) ? tallies.get(item.leadUnitId()) : null;
			if (tally == null) {
				continue;
			}
			ItemVerdict verdict = judgement.item(item.id());
			tally.completions.add(BigDecimal.valueOf(verdict.judged().completion()));
			if (verdict.overdue()) {
				tally.overdue++;
			}
			Punctuality due = onTime.get(item.id());
			if (due != null) {
				tally.due += due.due();
				tally.onTime += due.onTime();
			}
			for (TargetRef target : targets.getOrDefault(item.id(), List.of())) {
				tally.made += made.getOrDefault(target.id(), 0);
				tally.returned += returned.getOrDefault(target.id(), 0L).intValue();
			}
		}
		for (RectificationOnDay rectification : rectified) {
			Tally tally = (rectification.unitId() != null) ? tallies.get(rectification.unitId()) : null;
			if (tally != null) {
				tally.opened++;
				if (rectification.accepted()) {
					tally.accepted++;
				}
			}
		}
		List<UnitFacts> facts = new ArrayList<>();
		tallies.values()
			.forEach(
					tally -> facts.add(new UnitFacts(tally.unitId, names.getOrDefault(tally.unitId, "#" + tally.unitId),
							tally.completions, tally.overdue, quotaRates.get(tally.unitId), tally.due, tally.onTime,
							tally.made, tally.returned, tally.opened, tally.accepted)));
		Weights used = this.weights.of(planId);
		return new Assessment(data.plan(), day, used, UnitScores.rank(used, facts));
	}

	/** What is counted for one unit while the plan is read. */
	private static final class Tally {

		private final long unitId;

		private final List<BigDecimal> completions = new ArrayList<>();

		private int overdue;

		private int due;

		private int onTime;

		private int made;

		private int returned;

		private int opened;

		private int accepted;

		Tally(long unitId) {
			this.unitId = unitId;
		}

	}

}
