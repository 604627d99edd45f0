package org.leagueplan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leagueplan.dashboard.YearOverYear.Block;
import org.leagueplan.dashboard.YearOverYear.ItemRows;
import org.leagueplan.dashboard.YearOverYear.Row;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.PlanLineage;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.leagueplan.progress.TargetProgress;
import org.springframework.stereotype.Service;

/**
 * Builds the year-over-year view (同比, docs/next-year.md) of a plan copied into a new
 * year: three judgements by {@link PlanJudge} — this year on the day, last year on the
 * same day, last year on its last day — paired by the targets' source links. A fixed
 * number of queries, whatever the plan's size.
 */
@Service
class YearOverYearService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PlanQueries plans;

	private final PlanJudge judge;

	YearOverYearService(PlanQueries plans, PlanJudge judge) {
		this.plans = plans;
		this.judge = judge;
	}

	/** The day judged when none (or none of the plan's year) is asked for. */
	LocalDate defaultDay(int planYear) {
		return this.judge.defaultDay(planYear);
	}

	/** The plan on the day (a day of its year) against its source plan. */
	YearOverYear build(long planId, LocalDate day) {
		PlanData data = this.plans.planData(planId);
		PlanLineage lineage = this.plans.lineage(planId);
		if (lineage.sourcePlanId() == null) {
			return new YearOverYear(data.plan(), null, day, null, null, List.of());
		}
		PlanData last = this.plans.planData(lineage.sourcePlanId());
		LocalDate lastYearDay = day.minusYears(data.plan().year() - last.plan().year());
		LocalDate lastYearEnd = LocalDate.of(last.plan().year(), 12, 31);
		PlanJudgement now = this.judge.judge(data, day);
		PlanJudgement then = this.judge.judge(last, lastYearDay);
		PlanJudgement end = this.judge.judge(last, lastYearEnd);
		Map<Long, TargetRef> lastTargets = last.targets()
			.stream()
			.collect(Collectors.toMap(TargetRef::id, Function.identity()));
		Map<Long, List<TargetRef>> targetsByItem = data.targetsByItem();

		List<Block> blocks = new ArrayList<>();
		for (SectionRef top : data.topSections()) {
			List<SectionRef> sections = new ArrayList<>();
			sections.add(top);
			sections.addAll(data.subsections(top));
			for (SectionRef section : sections) {
				List<ItemRows> items = new ArrayList<>();
				for (ItemRef item : data.items()) {
					List<TargetRef> targets = targetsByItem.getOrDefault(item.id(), List.of());
					if (item.sectionId() != section.id() || targets.isEmpty()) {
						continue;
					}
					ItemVerdict verdict = now.item(item.id());
					List<Row> rows = targets.stream()
						.map(target -> row(target, lastTargets.get(lineage.sourceTargetIds().get(target.id())), now,
								then, end, verdict))
						.toList();
					items.add(new ItemRows(item, rows));
				}
				if (!items.isEmpty()) {
					String label = (section.parentId() != null) ? top.label() + section.label() : section.label();
					blocks.add(new Block(label, section.title(), items));
				}
			}
		}
		return new YearOverYear(data.plan(), last.plan(), day, lastYearDay, lastYearEnd, blocks);
	}

	private static Row row(TargetRef target, TargetRef lastTarget, PlanJudgement now, PlanJudgement then,
			PlanJudgement end, ItemVerdict verdict) {
		TargetProgress current = now.latest().get(target.id());
		TargetProgress previous = (lastTarget != null) ? then.latest().get(lastTarget.id()) : null;
		TargetProgress last = (lastTarget != null) ? end.latest().get(lastTarget.id()) : null;
		BigDecimal value = value(current);
		BigDecimal lastValue = value(previous);
		BigDecimal change = (value != null && lastValue != null) ? value.subtract(lastValue) : null;
		BigDecimal changePercent = (change != null && lastValue.signum() != 0)
				? change.multiply(HUNDRED).divide(lastValue.abs(), 1, RoundingMode.HALF_UP) : null;
		return new Row(target, lastTarget, value, lastValue, value(last), done(current), done(previous), done(last),
				change, changePercent, (verdict != null) ? verdict.judged().targetLights().get(target.id()) : null);
	}

	private static BigDecimal value(TargetProgress progress) {
		return (progress != null) ? progress.value() : null;
	}

	private static Boolean done(TargetProgress progress) {
		return (progress != null) ? progress.done() : null;
	}

}
